// Invalid: subtract incompatible pointers
// Violates C17 6.5.6p3: pointer subtraction needs compatible pointee types.
int main(void) {
    int a = 0;
    double b = 0;
    return (int)(&a - &b); // expect-error
}
