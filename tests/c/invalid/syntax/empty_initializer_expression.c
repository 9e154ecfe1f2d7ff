// Invalid: empty initializer expression
// Violates C17 6.7.9 (syntax): an initializer cannot be empty.
int main(void) {
    int x = ; // expect-error
    return x;
}
