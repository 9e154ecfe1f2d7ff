// Invalid: excess scalar initializers
// Violates C17 6.7.9p2: a scalar initializer has one expression.
int main(void) {
    int x = { 1, 2 }; // expect-error
    return x;
}
