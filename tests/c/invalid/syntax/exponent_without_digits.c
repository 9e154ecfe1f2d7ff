// Invalid: exponent without digits
// Violates C17 6.4.4.2: an exponent needs digits.
int main(void) {
    double d = 1e; // expect-error
    return (int)d;
}
