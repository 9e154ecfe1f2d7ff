// Invalid: designator out of bounds
// Violates C17 6.7.9p6: array designator must be within bounds.
int main(void) {
    int a[3] = { [5] = 1 }; // expect-error
    return a[0];
}
