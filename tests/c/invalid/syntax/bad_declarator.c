// Invalid: bad declarator
// Violates C17 6.7.6 (syntax): '[3]' cannot precede the identifier.
int main(void) {
    int *[3] x; // expect-error
    return 0;
}
