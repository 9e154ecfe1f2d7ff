// Idioms: struct serialization field by field with memcpy, a field table built with offsetof, checksummed frames.
// std: c17
// expect-exit: 0
// expect-stdout:
// | struct size 32, fields: version@0+1 flags@2+2 id@4+4 balance@8+8 label@16+6 ratio@24+8
// | wire size 29 (+1 checksum), padding saved 3
// | encoded 30 bytes: 03018015cd5b0716 e94fb3fdffffff61 6c70686100000000 000000d83f1f
// | decode ok: v3 flags 0x8001 id 123456789 balance -9876543210 label alpha ratio 0.375
// | identical 1
// | corrupted decode rejected
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <inttypes.h>

struct record {
    uint8_t version;
    uint16_t flags;
    uint32_t id;
    int64_t balance;
    char label[6];
    double ratio;
};

enum field_kind { F_U8, F_U16, F_U32, F_I64, F_BYTES, F_F64 };
struct field { const char *name; size_t offset; size_t size; enum field_kind kind; };

#define FIELD(member, kind) { #member, offsetof(struct record, member), sizeof(((struct record *)0)->member), kind }
static const struct field fields[] = {
    FIELD(version, F_U8), FIELD(flags, F_U16), FIELD(id, F_U32), FIELD(balance, F_I64), FIELD(label, F_BYTES), FIELD(ratio, F_F64),
};
#define N_FIELDS (sizeof fields / sizeof fields[0])

/* Packed little-endian-on-this-host encoding: no padding on the wire. */
static size_t serialize(const struct record *r, unsigned char *out) {
    size_t pos = 0;
    for (size_t i = 0; i < N_FIELDS; i++) {
        memcpy(out + pos, (const unsigned char *)r + fields[i].offset, fields[i].size);
        pos += fields[i].size;
    }
    uint8_t sum = 0;
    for (size_t i = 0; i < pos; i++) sum = (uint8_t)(sum + out[i]);
    out[pos++] = (uint8_t)(0xFF - sum);
    return pos;
}

static int deserialize(const unsigned char *in, size_t len, struct record *r) {
    uint8_t sum = 0;
    for (size_t i = 0; i < len; i++) sum = (uint8_t)(sum + in[i]);
    if (sum != 0xFF) return 0;
    memset(r, 0, sizeof *r);
    size_t pos = 0;
    for (size_t i = 0; i < N_FIELDS; i++) {
        memcpy((unsigned char *)r + fields[i].offset, in + pos, fields[i].size);
        pos += fields[i].size;
    }
    return pos + 1 == len;
}

int main(void) {
    printf("struct size %zu, fields:", sizeof(struct record));
    size_t wire = 0;
    for (size_t i = 0; i < N_FIELDS; i++) { printf(" %s@%zu+%zu", fields[i].name, fields[i].offset, fields[i].size); wire += fields[i].size; }
    printf("\nwire size %zu (+1 checksum), padding saved %zu\n", wire, sizeof(struct record) - wire);

    struct record r;
    memset(&r, 0, sizeof r);
    r.version = 3; r.flags = 0x8001; r.id = 123456789; r.balance = -9876543210LL; r.ratio = 0.375;
    memcpy(r.label, "alpha", 6);
    unsigned char buf[64];
    size_t n = serialize(&r, buf);
    printf("encoded %zu bytes:", n);
    for (size_t i = 0; i < n; i++) printf("%s%02x", i % 8 ? "" : " ", buf[i]);
    printf("\n");

    struct record back;
    int ok = deserialize(buf, n, &back);
    printf("decode %s: v%u flags %#" PRIx16 " id %" PRIu32 " balance %" PRId64 " label %s ratio %g\n",
           ok ? "ok" : "failed", back.version, back.flags, back.id, back.balance, back.label, back.ratio);
    printf("identical %d\n", memcmp(&r, &back, sizeof r) == 0);
    buf[5] ^= 0x10;
    printf("corrupted decode %s\n", deserialize(buf, n, &back) ? "ok" : "rejected");
    return !ok;
}
