// Invalid: struct for int parameter
// Violates C17 6.5.2.2p2: argument must be assignable to the parameter type.
struct s { int a; };
static int twice(int x) { return 2 * x; }
int main(void) {
    struct s v = { 1 };
    return twice(v); // expect-error
}
