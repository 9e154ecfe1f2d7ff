// Invalid: sizeof function
// Violates C17 6.5.3.4p1: sizeof cannot be applied to a function type.
int main(void) {
    return (int)sizeof(main); // expect-error
}
