// Invalid: operator without operand
// Violates C17 6.5 (syntax): '*' needs an operand.
int main(void) {
    int x = 1;
    x = x + * ; // expect-error
    return x;
}
