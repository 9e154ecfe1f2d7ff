// Declarations: const objects at file and block scope, const arrays of structs, const pointers in tables.
// expect-exit: 0
// expect-stdout:
// | 28 missing=404 one
// | 3.141593
#include <stdio.h>
static const int primes[] = { 2, 3, 5, 7, 11 };
static const struct { const char *name; const int code; } codes[] = { { "ok", 200 }, { "missing", 404 } };
static const char *const messages[] = { "zero", "one" };
int main(void) {
    const size_t n = sizeof primes / sizeof primes[0];
    int sum = 0;
    for (size_t i = 0; i < n; i++) sum += primes[i];
    printf("%d %s=%d %s\n", sum, codes[1].name, codes[1].code, messages[1]);
    const double pi_ish = 355.0 / 113.0;
    printf("%.6f\n", pi_ish);
    return 0;
}
