// Idioms: compile-time checks with _Static_assert on type sizes, struct layouts, enum ranges and table lengths, alongside the runtime code they protect.
// std: c17
// expect-exit: 0
// expect-stdout:
// | raw: ce fa ed fe 02 00 05 00 68 65 6c 6c 6f 00 00 00
// | 0=low 1=mid 2=high 
// | low byte first: 4, sizes 16 4 16
#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

struct wire_msg { uint32_t magic; uint16_t type; uint16_t length; uint8_t payload[8]; };
_Static_assert(sizeof(struct wire_msg) == 16, "wire_msg must have no padding");
_Static_assert(offsetof(struct wire_msg, payload) == 8, "payload follows the 8-byte header");
_Static_assert(_Alignof(struct wire_msg) == 4, "aligned like its widest member");

enum level { L_LOW, L_MID, L_HIGH, L_COUNT };
static const char *const level_names[] = { "low", "mid", "high" };
_Static_assert(ARRAY_LEN(level_names) == L_COUNT, "one name per level");

_Static_assert(CHAR_BIT == 8, "octets");
_Static_assert(sizeof(void *) == sizeof(uintptr_t), "pointers fit uintptr_t");
_Static_assert((-1 >> 1) == -1, "arithmetic right shift");
_Static_assert((unsigned char)300 == 44, "modular conversion");

union pun { uint32_t word; uint8_t bytes[4]; };
_Static_assert(sizeof(union pun) == 4, "union as big as its largest member");

struct node { struct node *next; int value; };

int main(void) {
    _Static_assert(sizeof(struct node) == 16, "LP64 node");
    struct wire_msg m;
    memset(&m, 0, sizeof m);
    m.magic = 0xFEEDFACEu; m.type = 2; m.length = 5;
    memcpy(m.payload, "hello", 5);
    unsigned char raw[sizeof m];
    memcpy(raw, &m, sizeof m);
    printf("raw:");
    for (size_t i = 0; i < sizeof raw; i++) printf(" %02x", raw[i]);
    printf("\n");
    for (int l = 0; l < L_COUNT; l++) printf("%d=%s ", l, level_names[l]);
    printf("\n");
    union pun p = { .word = 0x01020304u };
    printf("low byte first: %u, sizes %zu %zu %zu\n", p.bytes[0], sizeof(struct wire_msg), sizeof(union pun), sizeof(struct node));
    return 0;
}
