// Invalid: pointer int comparison
// Violates C17 6.5.9p2: pointer compared with a non-null integer.
int main(void) {
    int x = 0;
    int *p = &x;
    return p == 5; // expect-error
}
