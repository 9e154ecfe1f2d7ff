// Invalid: define number
// Violates C17 6.10.3: a macro name must be an identifier.
#define 3x 3 // expect-error
int main(void) { return 0; }
