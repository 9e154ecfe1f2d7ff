// Invalid: conditional struct int
// Violates C17 6.5.15p3: ?: operands of incompatible types.
struct s { int a; };
int main(void) {
    struct s v = { 1 };
    int c = 1;
    int r = c ? v : 0; // expect-error
    return r;
}
