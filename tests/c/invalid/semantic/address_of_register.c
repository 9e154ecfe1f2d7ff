// Invalid: address of register
// Violates C17 6.5.3.2p1: cannot take the address of a register object.
int main(void) {
    register int r = 1;
    int *p = &r; // expect-error
    return *p;
}
