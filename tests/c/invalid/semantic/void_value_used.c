// Invalid: void value used
// Violates C17 6.3.2.2p1: the value of a void expression cannot be used.
static void f(void) {}
int main(void) {
    int x = f(); // expect-error
    return x;
}
