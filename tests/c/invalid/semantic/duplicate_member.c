// Invalid: duplicate member
// Violates C17 6.7.2.1: member names must be unique.
struct point {
    int x;
    int x; // expect-error
};
int main(void) { return 0; }
