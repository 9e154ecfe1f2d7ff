// Invalid: address of bitfield
// Violates C17 6.5.3.2p1: cannot take the address of a bit-field.
struct flags { unsigned a : 3; };
int main(void) {
    struct flags f = { 1 };
    unsigned *p = &f.a; // expect-error
    return (int)*p;
}
