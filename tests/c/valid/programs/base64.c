// Programs: base64 encoding and decoding round trip.
// expect-exit: 0
// expect-stdout:
// |                               1
// | f            Zg==             1
// | fo           Zm8=             1
// | foo          Zm9v             1
// | foob         Zm9vYg==         1
// | Altitude VM  QWx0aXR1ZGUgVk0= 1
#include <stdio.h>
#include <string.h>
static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
static void encode(const unsigned char *in, size_t n, char *out) {
    size_t o = 0;
    for (size_t i = 0; i < n; i += 3) {
        unsigned v = in[i] << 16 | (i + 1 < n ? in[i + 1] << 8 : 0) | (i + 2 < n ? in[i + 2] : 0);
        out[o++] = alphabet[v >> 18 & 63];
        out[o++] = alphabet[v >> 12 & 63];
        out[o++] = i + 1 < n ? alphabet[v >> 6 & 63] : '=';
        out[o++] = i + 2 < n ? alphabet[v & 63] : '=';
    }
    out[o] = 0;
}
static size_t decode(const char *in, unsigned char *out) {
    size_t o = 0;
    unsigned v = 0;
    int bits = 0;
    for (; *in && *in != '='; in++) {
        v = v << 6 | (unsigned)(strchr(alphabet, *in) - alphabet);
        bits += 6;
        if (bits >= 8) { bits -= 8; out[o++] = (unsigned char)(v >> bits); v &= (1u << bits) - 1; }
    }
    return o;
}
int main(void) {
    const char *msgs[] = { "", "f", "fo", "foo", "foob", "Altitude VM" };
    for (int i = 0; i < 6; i++) {
        char enc[64];
        unsigned char dec[64];
        encode((const unsigned char *)msgs[i], strlen(msgs[i]), enc);
        size_t n = decode(enc, dec);
        printf("%-12s %-16s %d\n", msgs[i], enc, n == strlen(msgs[i]) && memcmp(dec, msgs[i], n) == 0);
    }
    return 0;
}
