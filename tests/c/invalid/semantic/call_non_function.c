// Invalid: call non function
// Violates C17 6.5.2.2p1: the called expression must be a function pointer.
int main(void) {
    int x = 3;
    return x(1); // expect-error
}
