// Library: %ls and %lc in printf, swprintf into a wide buffer, wcstol.
// expect-exit: 0
// expect-stdout:
// | [wide] [W] [   ab]
// | 4 4 45
// | 123 97
#include <stdio.h>
#include <wchar.h>
int main(void) {
    printf("[%ls] [%lc] [%5ls]\n", L"wide", (wint_t)L'W', L"ab");
    wchar_t buf[32];
    int n = swprintf(buf, 32, L"%d-%ls", 42, L"x");
    printf("%d %zu %d\n", n, wcslen(buf), (int)buf[2]);
    wchar_t *end;
    long v = wcstol(L"123abc", &end, 10);
    printf("%ld %d\n", v, (int)*end);
    return 0;
}
