// Invalid: missing closing paren
// Violates C17 6.8.4 (syntax): if needs ')' after its condition.
int main(void) {
    int x = 2;
    if (x > 1 { x = 0; } // expect-error
    return x;
}
