// Idioms: flexible array members: length-prefixed packets allocated with offsetof-sized malloc, resized, copied.
// std: c17
// expect-exit: 0
// expect-stdout:
// | sizeof packet 4 offsetof payload 4 sizeof strbuf 16
// | type 1 len  4 'ping' sum 548102531
// | type 2 len 11 'hello world' sum 2343207226
// | type 3 len  0 '' sum 3
// | type 4 len 21 'flexible array member' sum 3599278202
// | copied header: type 2 len 11
// | clone equal 1
// | len  8 cap 16
// | len 20 cap 32
// | len 34 cap 64
// | 0,1,4,9,16,25,36,49,64,81,100,121,
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct packet { unsigned short type; unsigned short len; unsigned char payload[]; };
struct strbuf { size_t len, cap; char data[]; };

static struct packet *packet_new(unsigned short type, const void *data, unsigned short len) {
    struct packet *p = malloc(offsetof(struct packet, payload) + len);
    if (!p) return NULL;
    p->type = type; p->len = len;
    memcpy(p->payload, data, len);
    return p;
}

static struct strbuf *sb_append(struct strbuf *sb, const char *s) {
    size_t n = strlen(s);
    size_t need = (sb ? sb->len : 0) + n + 1;
    if (!sb || need > sb->cap) {
        size_t cap = sb ? sb->cap : 8;
        while (cap < need) cap *= 2;
        struct strbuf *grown = realloc(sb, sizeof *grown + cap);
        if (!grown) { free(sb); return NULL; }
        if (!sb) grown->len = 0;
        grown->cap = cap;
        sb = grown;
    }
    memcpy(sb->data + sb->len, s, n + 1);
    sb->len += n;
    return sb;
}

static unsigned checksum(const struct packet *p) {
    unsigned s = p->type;
    for (unsigned i = 0; i < p->len; i++) s = s * 131 + p->payload[i];
    return s;
}

int main(void) {
    printf("sizeof packet %zu offsetof payload %zu sizeof strbuf %zu\n",
           sizeof(struct packet), offsetof(struct packet, payload), sizeof(struct strbuf));
    const char *words[] = { "ping", "hello world", "", "flexible array member" };
    struct packet *ps[4];
    for (int i = 0; i < 4; i++) {
        ps[i] = packet_new((unsigned short)(i + 1), words[i], (unsigned short)strlen(words[i]));
        if (!ps[i]) return 1;
    }
    for (int i = 0; i < 4; i++)
        printf("type %u len %2u '%.*s' sum %u\n", ps[i]->type, ps[i]->len, ps[i]->len, (const char *)ps[i]->payload, checksum(ps[i]));
    /* Copying a flexible struct copies only the fixed part: the payload needs its own memcpy. */
    struct packet header = *ps[1];
    printf("copied header: type %u len %u\n", header.type, header.len);
    struct packet *clone = malloc(sizeof *clone + ps[1]->len);
    if (!clone) return 1;
    memcpy(clone, ps[1], sizeof *clone + ps[1]->len);
    printf("clone equal %d\n", checksum(clone) == checksum(ps[1]));
    free(clone);
    for (int i = 0; i < 4; i++) free(ps[i]);

    struct strbuf *sb = NULL;
    for (int i = 0; i < 12; i++) {
        char piece[16];
        snprintf(piece, sizeof piece, "%d,", i * i);
        sb = sb_append(sb, piece);
        if (!sb) return 1;
        if (i % 4 == 3) printf("len %2zu cap %2zu\n", sb->len, sb->cap);
    }
    printf("%s\n", sb->data);
    free(sb);
    return 0;
}
