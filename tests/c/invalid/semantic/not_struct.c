// Invalid: not struct
// Violates C17 6.5.3.3p1: ! needs a scalar operand.
struct s { int a; };
int main(void) {
    struct s v = { 0 };
    return !v; // expect-error
}
