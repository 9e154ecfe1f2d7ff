// Invalid: switch on double
// Violates C17 6.8.4.2p1: the controlling expression must have integer type.
int main(void) {
    double d = 1.0;
    switch (d) { // expect-error
    default: break;
    }
    return 0;
}
