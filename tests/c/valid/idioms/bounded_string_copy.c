// Idioms: bounded string functions written by hand (strlcpy/strlcat semantics: always terminate, return the length they tried to create) and truncation detection by the caller.
// std: c17
// expect-exit: 0
// expect-stdout:
// | strlcpy -> "truncat" returned 18 truncated 1
// | strlcpy -> "fits" returned 4 truncated 0
// | strlcat -> "fits and more" returned 13
// | strlcat -> "abcdefg" returned 10 truncated 1
// | size 0 returns 9, buffer untouched "abcdefg"
// | join 3: 1 "usr/local/share"
// | join 5: 0 "usr/local/share/altitud" (len 23)
#include <stdio.h>
#include <string.h>

static size_t my_strlcpy(char *dst, const char *src, size_t size) {
    size_t len = strlen(src);
    if (size) {
        size_t n = len < size - 1 ? len : size - 1;
        memcpy(dst, src, n);
        dst[n] = '\0';
    }
    return len;
}

static size_t my_strlcat(char *dst, const char *src, size_t size) {
    const char *z = memchr(dst, '\0', size); /* strnlen is POSIX, not C17 */
    size_t dlen = z ? (size_t)(z - dst) : size;
    if (dlen == size) return size + strlen(src);
    return dlen + my_strlcpy(dst + dlen, src, size - dlen);
}

static int join_path(char *out, size_t size, const char *const *parts, int n) {
    out[0] = '\0';
    for (int i = 0; i < n; i++) {
        if (i && my_strlcat(out, "/", size) >= size) return 0;
        if (my_strlcat(out, parts[i], size) >= size) return 0;
    }
    return 1;
}

int main(void) {
    char small[8], big[64];
    size_t r = my_strlcpy(small, "truncate me please", sizeof small);
    printf("strlcpy -> \"%s\" returned %zu truncated %d\n", small, r, r >= sizeof small);
    r = my_strlcpy(big, "fits", sizeof big);
    printf("strlcpy -> \"%s\" returned %zu truncated %d\n", big, r, r >= sizeof big);
    r = my_strlcat(big, " and more", sizeof big);
    printf("strlcat -> \"%s\" returned %zu\n", big, r);
    my_strlcpy(small, "abc", sizeof small);
    r = my_strlcat(small, "defghij", sizeof small);
    printf("strlcat -> \"%s\" returned %zu truncated %d\n", small, r, r >= sizeof small);
    r = my_strlcpy(small, "zero-size", 0);
    printf("size 0 returns %zu, buffer untouched \"%s\"\n", r, small);
    const char *parts[] = { "usr", "local", "share", "altitude", "include" };
    char path[24];
    int ok = join_path(path, sizeof path, parts, 3);
    printf("join 3: %d \"%s\"\n", ok, path);
    ok = join_path(path, sizeof path, parts, 5);
    printf("join 5: %d \"%s\" (len %zu)\n", ok, path, strlen(path));
    return 0;
}
