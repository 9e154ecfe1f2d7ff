// Invalid: duplicate label
// Violates C17 6.8.1p3: label names must be unique in a function.
int main(void) {
again:
    ;
again: // expect-error
    return 0;
}
