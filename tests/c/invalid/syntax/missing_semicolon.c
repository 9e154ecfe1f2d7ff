// Invalid: missing semicolon
// Violates C17 6.7 (syntax): a declaration ends with ';'.
int main(void) {
    int x = 1 int y = 2; // expect-error
    return x + y;
}
