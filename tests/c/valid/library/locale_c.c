// Library: setlocale with "C" and querying the current locale; localeconv decimal point.
// expect-exit: 0
// expect-stdout:
// | C
// | C
// | [.]
#include <stdio.h>
#include <locale.h>
#include <string.h>
int main(void) {
    const char *name = setlocale(LC_ALL, "C");
    printf("%s\n", name ? name : "(null)");
    printf("%s\n", setlocale(LC_NUMERIC, NULL));
    struct lconv *lc = localeconv();
    printf("[%s]\n", lc->decimal_point);
    return 0;
}
