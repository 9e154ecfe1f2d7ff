// Invalid: duplicate macro parameter
// Violates C17 6.10.3p6: parameter names must be unique.
#define F(a, a) a // expect-error
int main(void) { return 0; }
