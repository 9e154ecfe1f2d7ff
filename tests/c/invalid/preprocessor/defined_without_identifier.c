// Invalid: defined without identifier
// Violates C17 6.10.1p1: defined needs an identifier.
#if defined // expect-error
#endif
int main(void) { return 0; }
