// GNU: statement expressions containing loops and declarations used in conditions and initialisers.
// expect-exit: 0
// expect-stdout:
// | 11 1
// | long
// | 2 9
#include <stdio.h>
int main(void) {
    const char *s = "hello world";
    int len = ({ int n = 0; while (s[n]) n++; n; });
    int spaces = ({ int c = 0; for (const char *p = s; *p; p++) c += *p == ' '; c; });
    printf("%d %d\n", len, spaces);
    if (({ int t = len * 2; t > 20; })) puts("long");
    int arr[] = { ({ 1 + 1; }), ({ int z = 3; z * z; }) };
    printf("%d %d\n", arr[0], arr[1]);
    return 0;
}
