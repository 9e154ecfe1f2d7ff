// Invalid: bitfield too wide
// Violates C17 6.7.2.1p4: width cannot exceed the type's width.
struct s {
    int wide : 33; // expect-error
};
int main(void) { return 0; }
