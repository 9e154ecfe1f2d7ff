// Invalid: named zero width bitfield
// Violates C17 6.7.2.1p4: only unnamed bit-fields may have width 0.
struct s {
    int a : 0; // expect-error
};
int main(void) { return 0; }
