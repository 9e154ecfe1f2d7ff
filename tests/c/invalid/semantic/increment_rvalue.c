// Invalid: increment rvalue
// Violates C17 6.5.2.4p1: 5 is not an lvalue.
int main(void) {
    int y = 5++; // expect-error
    return y;
}
