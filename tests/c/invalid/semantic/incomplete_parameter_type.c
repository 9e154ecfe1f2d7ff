// Invalid: incomplete parameter type in a definition
// Violates C17 6.9.1p7: parameters of a function definition must have complete types.
struct opaque;
static int use(struct opaque v) { (void)v; return 0; } // expect-error
int main(void) { return 0; }
