// Invalid: non constant static init
// Violates C17 6.7.9p4: static initializers must be constant.
int base = 3;
int derived = base + 1; // expect-error
int main(void) { return derived; }
