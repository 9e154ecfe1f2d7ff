// Library: <wchar.h> and <wctype.h> in the C locale: wide string functions, conversions to and from multibyte, wide numbers, swprintf and wcsftime.
// expect-exit: 0
// expect-stdout:
// | len 14 cmp 1 ncmp 0
// | chr 5 rchr 13 str 10 spn 4 cspn 4
// | <one><two><three>
// | wmem zzzzz 0 0
// | wcsdup dup
// | class 1 1 1 0 upper Q lower q
// | btowc 65 wctob 66 btowc(200) 1
// | mbstowcs 5 wcstombs 5 [multi]
// | mbrtowc 1 Q mbsinit 1
// | wcrtomb 1 Z
// | mblen 1 0 MB_CUR_MAX 1
// | wcstol -123 rest abc wcstod 250 wcstoul 255
// | swprintf 20 [42| 3.14|wide|narrow]
// | too small -1
// | wcwidth 1 3
// | wcsftime 37 [Tuesday 14 November 2023 22:13:20 GMT]
// | too small 0, prefix kept [2023day 14 November 2023 22:13:20 GMT]
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <wchar.h>
#include <wctype.h>
int main(void) {
    wchar_t buf[32];
    wcsncpy(buf, L"wide text here", 32);
    printf("len %zu cmp %d ncmp %d\n", wcslen(buf), wcscmp(buf, L"wide") > 0, wcsncmp(buf, L"widen", 4));
    printf("chr %td rchr %td str %td spn %zu cspn %zu\n", wcschr(buf, L't') - buf, wcsrchr(buf, L'e') - buf, wcsstr(buf, L"here") - buf,
           wcsspn(buf, L"diew"), wcscspn(buf, L" "));
    wchar_t toks[] = L"one two  three";
    wchar_t *state;
    for (wchar_t *t = wcstok(toks, L" ", &state); t; t = wcstok(NULL, L" ", &state)) printf("<%ls>", t);
    printf("\n");
    wchar_t fill[6];
    wmemset(fill, L'z', 5);
    fill[5] = 0;
    wchar_t copy[6];
    wmemcpy(copy, fill, 6);
    printf("wmem %ls %d %td\n", copy, wmemcmp(copy, fill, 6), wmemchr(copy, L'z', 6) - copy);
    wchar_t *dup = wcsdup(L"dup");
    printf("wcsdup %ls\n", dup);
    free(dup);
    printf("class %d %d %d %d upper %lc lower %lc\n", iswalpha(L'a') != 0, iswdigit(L'7') != 0, iswspace(L'\t') != 0, iswpunct(L'a') != 0,
           (wint_t)towupper(L'q'), (wint_t)towlower(L'Q'));
    printf("btowc %d wctob %d btowc(200) %d\n", (int)btowc('A'), wctob(L'B'), btowc(200) == WEOF);
    wchar_t w[16];
    size_t n = mbstowcs(w, "multi", 16);
    char back[16];
    size_t m = wcstombs(back, w, sizeof back);
    printf("mbstowcs %zu wcstombs %zu [%s]\n", n, m, back);
    mbstate_t st;
    memset(&st, 0, sizeof st);
    wchar_t one = 0;
    size_t r = mbrtowc(&one, "Qx", 2, &st);
    printf("mbrtowc %zu %lc mbsinit %d\n", r, (wint_t)one, mbsinit(&st));
    char out[8];
    size_t wr = wcrtomb(out, L'Z', &st);
    printf("wcrtomb %zu %c\n", wr, out[0]);
    printf("mblen %d %d MB_CUR_MAX %zu\n", mblen("a", 1), mblen("", 1), MB_CUR_MAX);
    wchar_t *end;
    long v = wcstol(L"  -123abc", &end, 10);
    double d = wcstod(L"2.5e2x", NULL);
    printf("wcstol %ld rest %ls wcstod %g wcstoul %lu\n", v, end, d, wcstoul(L"ff", NULL, 16));
    wchar_t out2[32];
    int k = swprintf(out2, 32, L"%d|%5.2f|%ls|%s", 42, 3.14159, L"wide", "narrow");
    printf("swprintf %d [%ls]\n", k, out2);
    printf("too small %d\n", swprintf(out2, 4, L"%d", 123456));
    printf("wcwidth %d %d\n", wcwidth(L'a'), wcswidth(L"abc", 3));
    time_t t = 1700000000;
    struct tm tm;
    gmtime_r(&t, &tm);
    wchar_t when[64];
    size_t wn = wcsftime(when, 64, L"%A %d %B %Y %H:%M:%S %Z", &tm);
    printf("wcsftime %zu [%ls]\n", wn, when);
    wn = wcsftime(when, 5, L"%Y-%m", &tm);
    printf("too small %zu, prefix kept [%ls]\n", wn, when);
    return 0;
}
