// Invalid: array from scalar
// Violates C17 6.7.9p16: an array initializer must be a brace list or string.
int main(void) {
    int a[3] = 5; // expect-error
    return a[0];
}
