// Invalid: zero array size
// Violates C17 6.7.6.2p1: array size must be greater than zero.
int a[0]; // expect-error
int main(void) { return 0; }
