// Invalid: default argument
// Violates C17 6.7.6 (syntax): C has no default arguments.
int f(int a = 1); // expect-error
int main(void) { return 0; }
