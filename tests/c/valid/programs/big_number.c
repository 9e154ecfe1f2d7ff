// Programs: arbitrary-precision decimal multiplication: 50! with digit arrays.
// expect-exit: 0
// expect-stdout:
// | 30414093201713378043612608166064768844377641568960512000000000000
// | 65 digits
#include <stdio.h>
#include <string.h>
int main(void) {
    int digits[100];
    int len = 1;
    memset(digits, 0, sizeof digits);
    digits[0] = 1;
    for (int f = 2; f <= 50; f++) {
        int carry = 0;
        for (int i = 0; i < len; i++) {
            int v = digits[i] * f + carry;
            digits[i] = v % 10;
            carry = v / 10;
        }
        while (carry) { digits[len++] = carry % 10; carry /= 10; }
    }
    for (int i = len - 1; i >= 0; i--) putchar('0' + digits[i]);
    printf("\n%d digits\n", len);
    return 0;
}
