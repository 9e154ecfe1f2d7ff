// Invalid: too many arguments
// Violates C17 6.5.2.2p2: argument count must match the prototype.
static int add(int a, int b) { return a + b; }
int main(void) {
    return add(1, 2, 3); // expect-error
}
