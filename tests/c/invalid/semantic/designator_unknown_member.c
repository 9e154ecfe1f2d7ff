// Invalid: designator unknown member
// Violates C17 6.7.9p7: .name must be a member.
struct point { int x, y; };
int main(void) {
    struct point p = { .z = 1 }; // expect-error
    return p.x;
}
