// Invalid: assign to array
// Violates C17 6.5.16p2: an array is not a modifiable lvalue.
int main(void) {
    int a[3], b[3] = { 1, 2, 3 };
    a = b; // expect-error
    return a[0];
}
