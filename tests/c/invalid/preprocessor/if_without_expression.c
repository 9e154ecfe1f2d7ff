// Invalid: if without expression
// Violates C17 6.10.1: #if needs a constant expression.
#if // expect-error
#endif
int main(void) { return 0; }
