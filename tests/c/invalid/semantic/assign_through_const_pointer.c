// Invalid: assign through const pointer
// Violates C17 6.5.16p2: *p is not modifiable.
int main(void) {
    int x = 1;
    const int *p = &x;
    *p = 2; // expect-error
    return x;
}
