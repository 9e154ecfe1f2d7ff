// Invalid: void not only parameter
// Violates C17 6.7.6.3p10: void must be the only parameter.
int f(void, int); // expect-error
int main(void) { return 0; }
