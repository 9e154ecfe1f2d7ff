// Invalid: dereference non pointer
// Violates C17 6.5.3.2p2: * needs a pointer operand.
int main(void) {
    int x = 1;
    return *x; // expect-error
}
