// Structs: GNU __attribute__((packed)) and aligned(N) on structs and members.
// expect-exit: 0
// expect-stdout:
// | 7 1 5
// | 5 1
// | 16 16
// | 16 8
// | 9
// | a 123456 -2
#include <stdio.h>
#include <stddef.h>
struct __attribute__((packed)) p1 { char c; int i; short s; };
struct p2 { char c; int i __attribute__((packed)); };
struct __attribute__((aligned(16))) a1 { int x; };
struct a2 { char c; int i __attribute__((aligned(8))); };
typedef struct { char c; double d; } __attribute__((packed)) p3;
int main(void) {
    printf("%zu %zu %zu\n", sizeof(struct p1), offsetof(struct p1, i), offsetof(struct p1, s));
    printf("%zu %zu\n", sizeof(struct p2), _Alignof(struct p2));
    printf("%zu %zu\n", sizeof(struct a1), _Alignof(struct a1));
    printf("%zu %zu\n", sizeof(struct a2), offsetof(struct a2, i));
    printf("%zu\n", sizeof(p3));
    struct p1 v = { 'a', 123456, -2 };
    int copy = v.i;
    printf("%c %d %d\n", v.c, copy, v.s);
    return 0;
}
