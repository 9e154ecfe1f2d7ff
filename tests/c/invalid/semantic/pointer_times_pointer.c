// Invalid: pointer times pointer
// Violates C17 6.5.5p2: * needs arithmetic operands.
int main(void) {
    int a = 1, b = 2;
    int *p = &a, *q = &b;
    long r = p * q; // expect-error
    return (int)r;
}
