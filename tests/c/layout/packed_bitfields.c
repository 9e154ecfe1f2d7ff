// Layout: packed structs with bit-fields.
// expect-exit: 0
struct __attribute__((packed)) pk_bf { unsigned a : 3; unsigned b : 30; unsigned char c; };
struct __attribute__((packed)) pk_bf2 { char c; unsigned x : 12; unsigned y : 12; };
struct pk_bf3 { char c; unsigned x : 20 __attribute__((packed)); };
int main(void) { return 0; }
