// Library: setlocale accepts "C", "POSIX" and queries; other locales are unavailable; localeconv gives the C locale's values.
// expect-exit: 0
// expect-stdout:
// | query C
// | C C
// | POSIX C
// | ctype C
// | missing 1
// | decimal [.] thousands [] grouping [] int_curr [] currency []
// | mon [] [] [] sign [] []
// | chars 127 127 127 127 127 127 127 127 all CHAR_MAX 1
// | strcoll 1 1
// | strxfrm 5 [hello] 13
// | printf 3.14
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
int main(void) {
    printf("query %s\n", setlocale(LC_ALL, NULL));
    printf("C %s\n", setlocale(LC_ALL, "C"));
    printf("POSIX %s\n", setlocale(LC_NUMERIC, "POSIX"));
    printf("ctype %s\n", setlocale(LC_CTYPE, NULL));
    printf("missing %d\n", setlocale(LC_ALL, "xx_YY.NOPE") == NULL);
    struct lconv *lc = localeconv();
    printf("decimal [%s] thousands [%s] grouping [%s] int_curr [%s] currency [%s]\n", lc->decimal_point, lc->thousands_sep, lc->grouping,
           lc->int_curr_symbol, lc->currency_symbol);
    printf("mon [%s] [%s] [%s] sign [%s] [%s]\n", lc->mon_decimal_point, lc->mon_thousands_sep, lc->mon_grouping, lc->positive_sign,
           lc->negative_sign);
    printf("chars %d %d %d %d %d %d %d %d all CHAR_MAX %d\n", lc->int_frac_digits, lc->frac_digits, lc->p_cs_precedes, lc->p_sep_by_space,
           lc->n_cs_precedes, lc->n_sep_by_space, lc->p_sign_posn, lc->n_sign_posn, lc->int_n_sign_posn == CHAR_MAX);
    printf("strcoll %d %d\n", strcoll("abc", "abd") < 0, strcoll("B", "a") < 0);
    char buf[16];
    size_t n = strxfrm(buf, "hello", sizeof buf);
    printf("strxfrm %zu [%s] %zu\n", n, buf, strxfrm(NULL, "longer string", 0));
    printf("printf %.2f\n", 3.14159);
    return 0;
}
