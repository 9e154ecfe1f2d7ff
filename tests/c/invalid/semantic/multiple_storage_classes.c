// Invalid: multiple storage classes
// Violates C17 6.7.1p2: at most one storage-class specifier.
int main(void) {
    static register int x = 0; // expect-error
    return x;
}
