// Programs: Levenshtein distance and longest common subsequence with DP tables.
// expect-exit: 0
// expect-stdout:
// | 3 3 2
// | GTAB
// | bdfg
#include <stdio.h>
#include <string.h>
static int min3(int a, int b, int c) { int m = a < b ? a : b; return m < c ? m : c; }
static int lev(const char *a, const char *b) {
    int n = (int)strlen(a), m = (int)strlen(b);
    int d[32][32];
    for (int i = 0; i <= n; i++) d[i][0] = i;
    for (int j = 0; j <= m; j++) d[0][j] = j;
    for (int i = 1; i <= n; i++)
        for (int j = 1; j <= m; j++)
            d[i][j] = min3(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1]));
    return d[n][m];
}
static void lcs(const char *a, const char *b, char *out) {
    int n = (int)strlen(a), m = (int)strlen(b);
    int L[32][32] = { { 0 } };
    for (int i = n - 1; i >= 0; i--)
        for (int j = m - 1; j >= 0; j--)
            L[i][j] = a[i] == b[j] ? 1 + L[i + 1][j + 1] : (L[i + 1][j] > L[i][j + 1] ? L[i + 1][j] : L[i][j + 1]);
    int i = 0, j = 0, k = 0;
    while (i < n && j < m) {
        if (a[i] == b[j]) { out[k++] = a[i]; i++; j++; }
        else if (L[i + 1][j] >= L[i][j + 1]) i++;
        else j++;
    }
    out[k] = 0;
}
int main(void) {
    printf("%d %d %d\n", lev("kitten", "sitting"), lev("", "abc"), lev("flaw", "lawn"));
    char out[32];
    lcs("AGGTAB", "GXTXAYB", out);
    printf("%s\n", out);
    lcs("abcdefg", "xbdxfg", out);
    printf("%s\n", out);
    return 0;
}
