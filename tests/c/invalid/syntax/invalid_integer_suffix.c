// Invalid: invalid integer suffix
// Violates C17 6.4.4.1: 'abc' is not an integer suffix.
int main(void) {
    int x = 123abc; // expect-error
    return x;
}
