// Invalid: assign to rvalue
// Violates C17 6.5.16p2: x + 1 is not an lvalue.
int main(void) {
    int x = 1;
    x + 1 = 5; // expect-error
    return x;
}
