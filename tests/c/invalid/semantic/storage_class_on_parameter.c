// Invalid: storage class on parameter
// Violates C17 6.7.6.3p2: only register allowed on parameters.
int f(static int x) { return x; } // expect-error
int main(void) { return 0; }
