// Layout: GNU packed structs.
// expect-exit: 0
struct __attribute__((packed)) pk_basic { char c; int i; short s; double d; };
struct __attribute__((packed)) pk_nested { char c; struct pk_basic inner; };
struct pk_member { char c; int i __attribute__((packed)); char d; };
int main(void) { return 0; }
