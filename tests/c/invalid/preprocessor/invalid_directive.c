// Invalid: invalid directive
// Violates C17 6.10 (syntax): unknown directive name.
#frobnicate 1 // expect-error
int main(void) { return 0; }
