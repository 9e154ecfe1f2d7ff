// Invalid: discard const
// Violates C17 6.5.16.1p1: assignment discards the const qualifier.
int main(void) {
    const int c = 1;
    int *p = &c; // expect-error
    return *p;
}
