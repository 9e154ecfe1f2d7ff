// Idioms: dynamic programming over a 2-D table: longest common subsequence with reconstruction into a line diff.
// std: c17
// expect-exit: 0
// expect-stdout:
// |   #include <stdio.h>
// | + #include <stdlib.h>
// |   int main(void) {
// | +   int x = 2;
// | -   int x = 1;
// |     printf("%d", x);
// |     return 0;
// |   }
// | lcs 5, +2 -1
// | lcs(AGGTAB, GXTXAYB) = 4 "GTAB"
// | lcs(ABCBDAB, BDCABA) = 4 "BCBA"
// | lcs(kitten, sitting) = 4 "ittn"
// | lcs(, abc) = 0 ""
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int lcs_table(const char *const *a, int n, const char *const *b, int m, int *t) {
    /* t is (n+1) x (m+1), row-major; t[i][j] = LCS of a[i..] and b[j..]. */
    for (int i = n; i >= 0; i--)
        for (int j = m; j >= 0; j--) {
            int *cell = &t[i * (m + 1) + j];
            if (i == n || j == m) *cell = 0;
            else if (strcmp(a[i], b[j]) == 0) *cell = 1 + t[(i + 1) * (m + 1) + j + 1];
            else {
                int down = t[(i + 1) * (m + 1) + j], right = t[i * (m + 1) + j + 1];
                *cell = down >= right ? down : right;
            }
        }
    return t[0];
}

static void diff(const char *const *a, int n, const char *const *b, int m) {
    int *t = malloc((size_t)(n + 1) * (size_t)(m + 1) * sizeof *t);
    if (!t) return;
    int len = lcs_table(a, n, b, m, t);
    int i = 0, j = 0, adds = 0, dels = 0;
    while (i < n || j < m) {
        if (i < n && j < m && strcmp(a[i], b[j]) == 0) { printf("  %s\n", a[i]); i++; j++; }
        else if (j < m && (i == n || t[i * (m + 1) + j + 1] >= t[(i + 1) * (m + 1) + j])) { printf("+ %s\n", b[j++]); adds++; }
        else { printf("- %s\n", a[i++]); dels++; }
    }
    printf("lcs %d, +%d -%d\n", len, adds, dels);
    free(t);
}

static int lcs_chars(const char *x, const char *y, char *out) {
    int n = (int)strlen(x), m = (int)strlen(y);
    int (*t)[m + 1] = malloc(sizeof(int[n + 1][m + 1]));
    if (!t) return -1;
    for (int i = 0; i <= n; i++)
        for (int j = 0; j <= m; j++)
            t[i][j] = i == 0 || j == 0 ? 0 : x[i - 1] == y[j - 1] ? t[i - 1][j - 1] + 1 : (t[i - 1][j] > t[i][j - 1] ? t[i - 1][j] : t[i][j - 1]);
    int len = t[n][m], k = len;
    out[k] = '\0';
    for (int i = n, j = m; i > 0 && j > 0; ) {
        if (x[i - 1] == y[j - 1]) { out[--k] = x[i - 1]; i--; j--; }
        else if (t[i - 1][j] >= t[i][j - 1]) i--;
        else j--;
    }
    free(t);
    return len;
}

int main(void) {
    const char *before[] = { "#include <stdio.h>", "int main(void) {", "  int x = 1;", "  printf(\"%d\", x);", "  return 0;", "}" };
    const char *after[] = { "#include <stdio.h>", "#include <stdlib.h>", "int main(void) {", "  int x = 2;", "  printf(\"%d\", x);", "  return 0;", "}" };
    diff(before, 6, after, 7);
    char out[64];
    const char *pairs[][2] = { { "AGGTAB", "GXTXAYB" }, { "ABCBDAB", "BDCABA" }, { "kitten", "sitting" }, { "", "abc" } };
    for (int i = 0; i < 4; i++) {
        int len = lcs_chars(pairs[i][0], pairs[i][1], out);
        printf("lcs(%s, %s) = %d \"%s\"\n", pairs[i][0], pairs[i][1], len, out);
    }
    return 0;
}
