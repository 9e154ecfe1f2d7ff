// Invalid: unbalanced parentheses
// Violates C17 6.5.1 (syntax): a '(' without ')'.
int main(void) {
    int x = (1 + (2 * 3); // expect-error
    return x;
}
