// Invalid: void pointer arithmetic
// Violates C17 6.5.6p2: pointer arithmetic needs a complete object type.
int main(void) {
    int a[2] = { 0 };
    void *p = a;
    p = p + 1; // expect-error
    return 0;
}
