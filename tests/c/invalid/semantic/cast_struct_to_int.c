// Invalid: cast struct to int
// Violates C17 6.5.4p2: the operand of a cast must be scalar.
struct s { int a; };
int main(void) {
    struct s v = { 1 };
    return (int)v; // expect-error
}
