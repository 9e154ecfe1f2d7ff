// Invalid: enumerator not constant
// Violates C17 6.7.2.2p2: enumerator value must be an integer constant expression.
int main(void) {
    int n = 3;
    enum { A = n }; // expect-error
    return A;
}
