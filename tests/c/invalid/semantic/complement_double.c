// Invalid: complement double
// Violates C17 6.5.3.3p1: ~ needs an integer operand.
int main(void) {
    double d = 1.0;
    double e = ~d; // expect-error
    return (int)e;
}
