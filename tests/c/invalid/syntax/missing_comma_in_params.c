// Invalid: missing comma in params
// Violates C17 6.7.6 (syntax): parameters are separated by commas.
int f(int a int b) { return a + b; } // expect-error
int main(void) { return 0; }
