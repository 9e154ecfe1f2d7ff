// Invalid: negate pointer
// Violates C17 6.5.3.3p1: unary - needs an arithmetic operand.
int main(void) {
    int x = 0;
    int *p = &x;
    int *q = -p; // expect-error
    return *q;
}
