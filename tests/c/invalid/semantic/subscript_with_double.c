// Invalid: subscript with double
// Violates C17 6.5.2.1p1: the subscript must be an integer.
int main(void) {
    int a[3] = { 0 };
    return a[1.5]; // expect-error
}
