// Invalid: address of rvalue
// Violates C17 6.5.3.2p1: & needs an lvalue.
int main(void) {
    int *p = &5; // expect-error
    return *p;
}
