// Invalid: return without value
// Violates C17 6.8.6.4p1: return without an expression in a non-void function.
static int f(void) {
    return; // expect-error
}
int main(void) { return f(); }
