// Invalid: redeclaration different type
// Violates C17 6.7p4: redeclarations must have compatible types.
int x;
double x; // expect-error
int main(void) { return 0; }
