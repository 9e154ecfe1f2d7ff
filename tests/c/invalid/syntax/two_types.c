// Invalid: two types
// Violates C17 6.7.2p2: 'int float' is not a valid list of type specifiers.
int main(void) {
    int float x = 0; // expect-error
    return 0;
}
