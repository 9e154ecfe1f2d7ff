// Invalid: excess array initializers
// Violates C17 6.7.9p2: more initializers than array elements.
int main(void) {
    int a[2] = { 1, 2, 3 }; // expect-error
    return a[0];
}
