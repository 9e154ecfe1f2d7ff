// Invalid: stray character
// Violates C17 6.4p3: '@' is not a valid token outside literals.
int main(void) {
    int x = 1 @ 2; // expect-error
    return x;
}
