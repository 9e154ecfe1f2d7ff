// Layout: bit-fields following arrays and pointers.
// expect-exit: 0
struct bfa { char name[3]; unsigned a : 5; unsigned b : 5; };
struct bfp { void *p; unsigned a : 1; };
int main(void) { return 0; }
