// Idioms: RFC 4648 base32 and hex encoding/decoding with a reverse lookup table built from the alphabet.
// std: c17
// expect-exit: 0
// expect-stdout:
// |                                               round-trip
// | 66                   MY======                 round-trip
// | 666f                 MZXQ====                 round-trip
// | 666f6f               MZXW6===                 round-trip
// | 666f6f62             MZXW6YQ=                 round-trip
// | 666f6f6261           MZXW6YTB                 round-trip
// | 666f6f626172         MZXW6YTBOI======         round-trip
// | 416c74697475646501ff IFWHI2LUOVSGKAP7         round-trip
// | lowercase decode 3, invalid decode -1
#include <stdio.h>
#include <string.h>

static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

static size_t b32_encode(const unsigned char *in, size_t n, char *out) {
    size_t o = 0;
    unsigned long long buffer = 0;
    int bits = 0;
    for (size_t i = 0; i < n; i++) {
        buffer = (buffer << 8) | in[i];
        bits += 8;
        while (bits >= 5) { out[o++] = alphabet[(buffer >> (bits - 5)) & 31]; bits -= 5; }
    }
    if (bits > 0) out[o++] = alphabet[(buffer << (5 - bits)) & 31];
    while (o % 8) out[o++] = '=';
    out[o] = '\0';
    return o;
}

static signed char reverse[256];

static void build_reverse(void) {
    memset(reverse, -1, sizeof reverse);
    for (int i = 0; i < 32; i++) {
        reverse[(unsigned char)alphabet[i]] = (signed char)i;
        if (alphabet[i] >= 'A' && alphabet[i] <= 'Z') reverse[(unsigned char)(alphabet[i] + 32)] = (signed char)i;
    }
}

static long b32_decode(const char *in, unsigned char *out) {
    unsigned long long buffer = 0;
    int bits = 0;
    long o = 0;
    for (; *in && *in != '='; in++) {
        int v = reverse[(unsigned char)*in];
        if (v < 0) return -1;
        buffer = (buffer << 5) | (unsigned)v;
        bits += 5;
        if (bits >= 8) { out[o++] = (unsigned char)(buffer >> (bits - 8)); bits -= 8; }
    }
    return o;
}

static void hex_encode(const unsigned char *in, size_t n, char *out) {
    static const char digits[] = "0123456789abcdef";
    for (size_t i = 0; i < n; i++) { out[2 * i] = digits[in[i] >> 4]; out[2 * i + 1] = digits[in[i] & 15]; }
    out[2 * n] = '\0';
}

int main(void) {
    build_reverse();
    const char *tests[] = { "", "f", "fo", "foo", "foob", "fooba", "foobar", "Altitude\x01\xff" };
    int failures = 0;
    for (int i = 0; i < 8; i++) {
        char enc[64], hex[64];
        unsigned char dec[64];
        size_t n = strlen(tests[i]);
        b32_encode((const unsigned char *)tests[i], n, enc);
        long m = b32_decode(enc, dec);
        hex_encode((const unsigned char *)tests[i], n, hex);
        int ok = m == (long)n && memcmp(dec, tests[i], n) == 0;
        failures += !ok;
        printf("%-20s %-24s %s\n", hex, enc, ok ? "round-trip" : "MISMATCH");
    }
    unsigned char dec[16];
    printf("lowercase decode %ld, invalid decode %ld\n", b32_decode("mzxw6===", dec), b32_decode("MZ1W6===", dec));
    return failures;
}
