// Invalid: subscript non array
// Violates C17 6.5.2.1p1: [] needs a pointer and an integer.
int main(void) {
    int x = 1;
    return x[0]; // expect-error
}
