// Invalid: function redefinition
// Violates C17 6.9p3: at most one external definition.
static int f(void) { return 1; }
static int f(void) { return 2; } // expect-error
int main(void) { return f(); }
