// Invalid: alignof expression
// Violates C17 6.5.3.4 (syntax): _Alignof takes a type name, not an expression.
int main(void) {
    int x = 0;
    return (int)_Alignof(x); // expect-error
}
