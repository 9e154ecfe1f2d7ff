// Library: string.h beyond C17: strtok_r, strsep, strchrnul, memrchr, memmem, mempcpy, stpcpy, stpncpy, strnlen, strcasecmp, strcasestr, strverscmp, memccpy.
// expect-exit: 0
// expect-stdout:
// | [alpha][beta][gamma]
// | <a><b><><c> rest null 1
// | strchrnul 4 11
// | memrchr 7
// | memmem 6 1
// | mempcpy/stpcpy [abcdef] 6
// | stpncpy 2 0 0 x
// | strnlen 3 2
// | strcasecmp 0 1 0
// | strcasestr Quick Fox
// | strverscmp 1 1 1 1
// | memccpy 5
// | index .b.c rindex .c
// | bzero 0 0 c
// | ffs 0 4 41
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <strings.h>
int main(void) {
    char text[] = "alpha, beta,,gamma";
    char *save;
    for (char *t = strtok_r(text, ", ", &save); t; t = strtok_r(NULL, ", ", &save)) printf("[%s]", t);
    printf("\n");
    char fields[] = "a:b::c";
    char *rest = fields;
    char *f;
    while ((f = strsep(&rest, ":")) != NULL) printf("<%s>", f);
    printf(" rest null %d\n", rest == NULL);
    const char *s = "hello world";
    printf("strchrnul %td %td\n", strchrnul(s, 'o') - s, strchrnul(s, 'z') - s);
    printf("memrchr %td\n", (const char *)memrchr(s, 'o', strlen(s)) - s);
    printf("memmem %td %d\n", (const char *)memmem(s, 11, "wor", 3) - s, memmem(s, 11, "xyz", 3) == NULL);
    char buf[32];
    char *p = mempcpy(buf, "abc", 3);
    p = stpcpy(p, "def");
    printf("mempcpy/stpcpy [%s] %td\n", buf, p - buf);
    char padded[8];
    memset(padded, 'x', sizeof padded);
    char *e = stpncpy(padded, "ab", 5);
    printf("stpncpy %td %d %d %c\n", e - padded, padded[3], padded[4], padded[5]);
    char shortstr[10] = "ab";
    printf("strnlen %zu %zu\n", strnlen("abcdef", 3), strnlen(shortstr, sizeof shortstr));
    printf("strcasecmp %d %d %d\n", strcasecmp("Hello", "hELLO"), strcasecmp("abc", "ABD") < 0, strncasecmp("ABCx", "abcy", 3));
    printf("strcasestr %s\n", strcasestr("The Quick Fox", "quick"));
    printf("strverscmp %d %d %d %d\n", strverscmp("file9", "file10") < 0, strverscmp("1.010", "1.09") < 0, strverscmp("a", "a") == 0,
           strverscmp("item001", "item01") < 0);
    char dst[16];
    char *after = memccpy(dst, "copy;rest", ';', sizeof dst);
    printf("memccpy %td\n", after - dst);
    printf("index %s rindex %s\n", index("a.b.c", '.'), rindex("a.b.c", '.'));
    char z[4] = "abc";
    bzero(z, 2);
    printf("bzero %d %d %c\n", z[0], z[1], z[2]);
    printf("ffs %d %d %d\n", ffs(0), ffs(8), ffsl(1L << 40));
    return 0;
}
