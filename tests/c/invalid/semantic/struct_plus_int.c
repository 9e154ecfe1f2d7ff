// Invalid: struct plus int
// Violates C17 6.5.6p2: + needs arithmetic or pointer operands.
struct s { int a; };
int main(void) {
    struct s v = { 1 };
    int r = v + 1; // expect-error
    return r;
}
