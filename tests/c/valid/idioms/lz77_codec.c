// Idioms: an LZ77-style compressor with a sliding window and brute-force longest match, tokens as (offset, length, next) triples, and a decompressor that copies overlapping matches byte by byte.
// std: c17
// expect-exit: 0
// expect-stdout:
// | runs         30 bytes ->   3 tokens (   9 bytes packed as 3-byte tokens), round trip ok
// |  (0,0,'a') (1,15,'a') (17,12,'b')
// | abc          19 bytes ->   4 tokens (  12 bytes packed as 3-byte tokens), round trip ok
// |  (0,0,'a') (0,0,'b') (0,0,'c') (3,15,'X')
// | prose       108 bytes ->  34 tokens ( 102 bytes packed as 3-byte tokens), round trip ok
// | dna-ish    2000 bytes -> 133 tokens ( 399 bytes packed as 3-byte tokens), round trip ok
// | single        1 bytes ->   1 tokens (   3 bytes packed as 3-byte tokens), round trip ok
// |  (0,0,'z')
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct token { unsigned short offset; unsigned char length; char next; };

#define WINDOW 255
#define MAX_MATCH 15

static size_t compress(const char *in, size_t n, struct token *out) {
    size_t pos = 0, t = 0;
    while (pos < n) {
        size_t best_len = 0, best_off = 0;
        size_t start = pos > WINDOW ? pos - WINDOW : 0;
        for (size_t cand = start; cand < pos; cand++) {
            size_t len = 0;
            /* Matches may run past pos into the lookahead: that is how runs compress. */
            while (len < MAX_MATCH && pos + len + 1 < n && in[cand + len] == in[pos + len]) len++;
            if (len > best_len) { best_len = len; best_off = pos - cand; }
        }
        out[t++] = (struct token){ (unsigned short)best_off, (unsigned char)best_len, in[pos + best_len] };
        pos += best_len + 1;
    }
    return t;
}

static size_t decompress(const struct token *tok, size_t nt, char *out) {
    size_t o = 0;
    for (size_t i = 0; i < nt; i++) {
        for (size_t k = 0; k < tok[i].length; k++, o++) out[o] = out[o - tok[i].offset];
        out[o++] = tok[i].next;
    }
    return o;
}

static void roundtrip(const char *label, const char *text) {
    size_t n = strlen(text);
    struct token *tok = malloc((n + 1) * sizeof *tok);
    char *back = malloc(n + 1);
    if (!tok || !back) { free(tok); free(back); return; }
    size_t nt = compress(text, n, tok);
    size_t m = decompress(tok, nt, back);
    printf("%-10s %4zu bytes -> %3zu tokens (%4zu bytes packed as 3-byte tokens), %s\n", label, n, nt, nt * 3,
           m == n && memcmp(back, text, n) == 0 ? "round trip ok" : "MISMATCH");
    if (nt <= 12) {
        for (size_t i = 0; i < nt; i++) printf(" (%u,%u,'%c')", tok[i].offset, tok[i].length, tok[i].next);
        printf("\n");
    }
    free(tok);
    free(back);
}

int main(void) {
    roundtrip("runs", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaab");
    roundtrip("abc", "abcabcabcabcabcabcX");
    roundtrip("prose", "it was the best of times, it was the worst of times, it was the age of wisdom, it was the age of foolishness");
    char big[2001];
    for (int i = 0; i < 2000; i++) big[i] = "ACGT"[(i * i + i / 7) % 4];
    big[2000] = '\0';
    roundtrip("dna-ish", big);
    roundtrip("single", "z");
    return 0;
}
