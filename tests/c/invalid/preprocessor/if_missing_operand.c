// Invalid: if missing operand
// Violates C17 6.10.1: malformed #if expression.
#if 1 + // expect-error
#endif
int main(void) { return 0; }
