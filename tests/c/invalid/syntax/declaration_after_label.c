// Invalid: declaration after label
// Violates C17 6.8.1: a label must be followed by a statement, not a declaration.
int main(void) {
    goto here;
here:
    int x = 1; // expect-error
    return x;
}
