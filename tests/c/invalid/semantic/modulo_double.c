// Invalid: modulo double
// Violates C17 6.5.5p2: % needs integer operands.
int main(void) {
    double d = 7.5;
    double r = d % 2; // expect-error
    return (int)r;
}
