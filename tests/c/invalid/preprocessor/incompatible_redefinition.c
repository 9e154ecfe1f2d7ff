// Invalid: incompatible redefinition
// Violates C17 6.10.3p2: a macro may only be redefined identically.
#define LIMIT 10
#define LIMIT 20 // expect-error
int main(void) { return LIMIT; }
