// Invalid: sizeof bitfield
// Violates C17 6.5.3.4p1: sizeof cannot be applied to a bit-field.
struct flags { unsigned a : 3; };
int main(void) {
    struct flags f = { 1 };
    return (int)sizeof f.a; // expect-error
}
