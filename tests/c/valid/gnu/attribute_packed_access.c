// GNU: reading and writing members of packed structs (compiler handles unaligned members).
// expect-exit: 0
// expect-stdout:
// | 15 1 16909061 8081 1122334455667788
// | 30 1234605616436508547
#include <stdio.h>
#include <stdint.h>
struct __attribute__((packed)) wire { uint8_t kind; uint32_t length; uint16_t port; uint64_t id; };
int main(void) {
    struct wire w = { 1, 0x01020304, 8080, 0x1122334455667788ULL };
    w.length += 1;
    w.port = (uint16_t)(w.port + 1);
    printf("%zu %u %u %u %llx\n", sizeof w, w.kind, w.length, w.port, (unsigned long long)w.id);
    struct wire arr[2] = { w, w };
    arr[1].id = 5;
    printf("%zu %llu\n", sizeof arr, (unsigned long long)(arr[0].id - arr[1].id));
    return 0;
}
