// Invalid: if struct condition
// Violates C17 6.8.4.1p1: the controlling expression of if must be scalar.
struct s { int a; };
int main(void) {
    struct s v = { 1 };
    if (v) return 1; // expect-error
    return 0;
}
