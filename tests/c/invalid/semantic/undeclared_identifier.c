// Invalid: undeclared identifier
// Violates C17 6.5.1p2: an identifier must be declared.
int main(void) {
    return counter + 1; // expect-error
}
