// Invalid: bitfield negative width
// Violates C17 6.7.2.1p4: width must be non-negative.
struct s {
    unsigned neg : -1; // expect-error
};
int main(void) { return 0; }
