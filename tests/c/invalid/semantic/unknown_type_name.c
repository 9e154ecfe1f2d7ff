// Invalid: unknown type name
// Violates C17 6.7.2: 'T' names no type.
int main(void) {
    T value = 0; // expect-error
    return 0;
}
