// Invalid: parameter name omitted
// Violates C17 6.9.1p5: parameters of a function definition must have names.
int f(int) { return 0; } // expect-error
int main(void) { return f(1); }
