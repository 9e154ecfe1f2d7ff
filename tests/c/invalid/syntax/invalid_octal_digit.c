// Invalid: invalid octal digit
// Violates C17 6.4.4.1: '8' is not an octal digit.
int main(void) {
    int x = 08; // expect-error
    return x;
}
