// Strings: wchar_t strings with wcslen, wcscmp, wcscpy, wcschr.
// expect-exit: 0
// expect-stdout:
// | 8
// | 1 0
// | 4
// | wide str
#include <stdio.h>
#include <wchar.h>
int main(void) {
    wchar_t buf[16];
    wcscpy(buf, L"wide");
    wcscat(buf, L" str");
    printf("%zu\n", wcslen(buf));
    printf("%d %d\n", wcscmp(L"abc", L"abd") < 0, wcscmp(buf, L"wide str"));
    const wchar_t *sp = wcschr(buf, L' ');
    printf("%td\n", sp - buf);
    for (const wchar_t *p = buf; *p; p++) putchar((char)*p);
    putchar('\n');
    return 0;
}
