// Invalid: extern with initializer in block
// Violates C17 6.7.9p5: a block-scope extern cannot be initialised.
int main(void) {
    extern int x = 1; // expect-error
    return x;
}
