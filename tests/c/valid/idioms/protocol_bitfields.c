// Idioms: bit-fields describing protocol header fields (IPv4-like), building one with field stores, Internet checksum, and manual pack/unpack to compare.
// std: c17
// expect-exit: 0
// expect-stdout:
// | 45 b9 00 3c
// | 1c 46 40 00
// | 40 06 9b a4
// | c0 a8 00 01
// | c0 a8 00 c7
// | checksum 9ba4 verifies to 0000
// | v4 ihl 5 dscp 46 ecn 1 len 60 id 0x1c46 flags 2 frag 0 ttl 64 proto 6
// | src 192.168.0.1 dst 192.168.0.199
// | truncated ttl 44 flags 1 frag 1
// | decrement ttl 43, sizeof header 20
#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* Host-side view of the header; bit-field layout is implementation-defined, so the wire form is packed by hand. */
struct ipv4_header {
    unsigned version : 4;
    unsigned ihl : 4;
    unsigned dscp : 6;
    unsigned ecn : 2;
    unsigned total_length : 16;
    unsigned identification : 16;
    unsigned flags : 3;
    unsigned fragment_offset : 13;
    unsigned ttl : 8;
    unsigned protocol : 8;
    unsigned checksum : 16;
    uint32_t source, dest;
};

static void pack(const struct ipv4_header *h, unsigned char out[20]) {
    out[0] = (unsigned char)(h->version << 4 | h->ihl);
    out[1] = (unsigned char)(h->dscp << 2 | h->ecn);
    out[2] = (unsigned char)(h->total_length >> 8); out[3] = (unsigned char)h->total_length;
    out[4] = (unsigned char)(h->identification >> 8); out[5] = (unsigned char)h->identification;
    out[6] = (unsigned char)(h->flags << 5 | h->fragment_offset >> 8); out[7] = (unsigned char)h->fragment_offset;
    out[8] = (unsigned char)h->ttl; out[9] = (unsigned char)h->protocol;
    out[10] = (unsigned char)(h->checksum >> 8); out[11] = (unsigned char)h->checksum;
    for (int i = 0; i < 4; i++) { out[12 + i] = (unsigned char)(h->source >> (24 - 8 * i)); out[16 + i] = (unsigned char)(h->dest >> (24 - 8 * i)); }
}

static void unpack(const unsigned char in[20], struct ipv4_header *h) {
    memset(h, 0, sizeof *h);
    h->version = in[0] >> 4; h->ihl = in[0] & 15;
    h->dscp = in[1] >> 2; h->ecn = in[1] & 3;
    h->total_length = (unsigned)(in[2] << 8 | in[3]);
    h->identification = (unsigned)(in[4] << 8 | in[5]);
    h->flags = in[6] >> 5; h->fragment_offset = (unsigned)((in[6] & 31) << 8 | in[7]);
    h->ttl = in[8]; h->protocol = in[9];
    h->checksum = (unsigned)(in[10] << 8 | in[11]);
    for (int i = 0; i < 4; i++) { h->source = h->source << 8 | in[12 + i]; h->dest = h->dest << 8 | in[16 + i]; }
}

static uint16_t inet_checksum(const unsigned char *p, size_t n) {
    uint32_t sum = 0;
    for (size_t i = 0; i + 1 < n; i += 2) sum += (uint32_t)(p[i] << 8 | p[i + 1]);
    while (sum >> 16) sum = (sum & 0xFFFF) + (sum >> 16);
    return (uint16_t)~sum;
}

int main(void) {
    struct ipv4_header h;
    memset(&h, 0, sizeof h);
    h.version = 4; h.ihl = 5; h.dscp = 46; h.ecn = 1; h.total_length = 60; h.identification = 0x1c46;
    h.flags = 2; h.fragment_offset = 0; h.ttl = 64; h.protocol = 6;
    h.source = 0xC0A80001u; h.dest = 0xC0A800C7u;
    unsigned char wire[20];
    pack(&h, wire);
    h.checksum = inet_checksum(wire, 20);
    pack(&h, wire);
    for (int i = 0; i < 20; i++) printf("%02x%s", wire[i], i % 4 == 3 ? "\n" : " ");
    printf("checksum %04x verifies to %04x\n", h.checksum, inet_checksum(wire, 20));
    struct ipv4_header back;
    unpack(wire, &back);
    printf("v%u ihl %u dscp %u ecn %u len %u id %#x flags %u frag %u ttl %u proto %u\n", back.version, back.ihl, back.dscp,
           back.ecn, back.total_length, back.identification, back.flags, back.fragment_offset, back.ttl, back.protocol);
    printf("src %u.%u.%u.%u dst %u.%u.%u.%u\n", back.source >> 24, back.source >> 16 & 255, back.source >> 8 & 255, back.source & 255,
           back.dest >> 24, back.dest >> 16 & 255, back.dest >> 8 & 255, back.dest & 255);
    /* Bit-field stores truncate modulo the field width. */
    const unsigned wide[] = { 300, 9, 8191 + 2 };
    back.ttl = wide[0]; back.flags = wide[1]; back.fragment_offset = wide[2];
    printf("truncated ttl %u flags %u frag %u\n", back.ttl, back.flags, back.fragment_offset);
    back.ttl--;
    printf("decrement ttl %u, sizeof header %zu\n", back.ttl, sizeof back);
    return 0;
}
