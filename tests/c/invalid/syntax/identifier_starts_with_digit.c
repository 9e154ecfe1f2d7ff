// Invalid: identifier starts with digit
// Violates C17 6.4.2.1: identifiers cannot start with a digit.
int main(void) {
    int 3x = 1; // expect-error
    return 0;
}
