// Invalid: return value in void
// Violates C17 6.8.6.4p1: return with an expression in a void function.
static void f(void) {
    return 1; // expect-error
}
int main(void) { f(); return 0; }
