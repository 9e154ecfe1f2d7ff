// Idioms: Huffman coding: frequency count, tree built from a node pool with a deterministic min-selection, code table by DFS, bit-packed encode and decode.
// std: c17
// expect-exit: 0
// expect-stdout:
// | ' '  9 101
// | ','  1 100110
// | 'a'  5 1101
// | 'b'  1 100111
// | 'c'  1 110000
// | 'd'  1 110001
// | 'e'  6 000
// | 'f'  3 11111
// | 'h'  2 10000
// | 'i'  6 001
// | 'l'  4 0111
// | 'm'  3 0100
// | 'n'  3 0101
// | 'o'  1 110010
// | 'p'  1 110011
// | 'r'  2 10001
// | 's'  3 0110
// | 't'  5 1110
// | 'u'  2 10010
// | 'x'  1 111100
// | 'y'  1 111101
// | 21 symbols, 61 chars, 248 bits (31 bytes) vs 61 bytes, round trip ok
#include <stdio.h>
#include <string.h>

struct hnode { long freq; int symbol; int left, right; int order; };

static struct hnode pool[512];
static int pool_len;
static char codes[256][32];

static int new_node(long freq, int symbol, int left, int right) {
    pool[pool_len] = (struct hnode){ freq, symbol, left, right, pool_len };
    return pool_len++;
}

/* Pick the live node with the smallest (freq, order): a linear scan keeps ties deterministic. */
static int take_min(int *live, int *n) {
    int best = 0;
    for (int i = 1; i < *n; i++) {
        const struct hnode *a = &pool[live[i]], *b = &pool[live[best]];
        if (a->freq < b->freq || (a->freq == b->freq && a->order < b->order)) best = i;
    }
    int node = live[best];
    live[best] = live[--*n];
    return node;
}

static void assign(int node, char *prefix, int depth) {
    if (pool[node].symbol >= 0) {
        prefix[depth] = '\0';
        strcpy(codes[pool[node].symbol], depth ? prefix : "0");
        return;
    }
    prefix[depth] = '0'; assign(pool[node].left, prefix, depth + 1);
    prefix[depth] = '1'; assign(pool[node].right, prefix, depth + 1);
}

int main(void) {
    const char *text = "this is an example of a huffman tree, built deterministically";
    long freq[256] = { 0 };
    for (const char *p = text; *p; p++) freq[(unsigned char)*p]++;
    int live[256], n = 0;
    for (int c = 0; c < 256; c++) if (freq[c]) live[n++] = new_node(freq[c], c, -1, -1);
    int symbols = n;
    while (n > 1) {
        int a = take_min(live, &n), b = take_min(live, &n);
        live[n++] = new_node(pool[a].freq + pool[b].freq, -1, a, b);
    }
    char prefix[32];
    int root = live[0];
    assign(root, prefix, 0);
    long bits = 0;
    for (int c = 0; c < 256; c++) {
        if (!freq[c]) continue;
        printf("'%c' %2ld %s\n", c, freq[c], codes[c]);
        bits += freq[c] * (long)strlen(codes[c]);
    }
    unsigned char packed[64] = { 0 };
    long pos = 0;
    for (const char *p = text; *p; p++)
        for (const char *b = codes[(unsigned char)*p]; *b; b++, pos++) if (*b == '1') packed[pos / 8] |= (unsigned char)(0x80 >> (pos % 8));
    char decoded[128];
    int out = 0, node = root;
    for (long i = 0; i < pos; i++) {
        node = (packed[i / 8] >> (7 - i % 8)) & 1 ? pool[node].right : pool[node].left;
        if (pool[node].symbol >= 0) { decoded[out++] = (char)pool[node].symbol; node = root; }
    }
    decoded[out] = '\0';
    printf("%d symbols, %zu chars, %ld bits (%ld bytes) vs %zu bytes, round trip %s\n", symbols, strlen(text), bits, (bits + 7) / 8,
           strlen(text), strcmp(decoded, text) == 0 ? "ok" : "FAILED");
    return 0;
}
