// Invalid: bitfield double
// Violates C17 6.7.2.1p5: bit-field type must be _Bool, int, signed or unsigned int.
struct s {
    double d : 3; // expect-error
};
int main(void) { return 0; }
