// Invalid: no such member
// Violates C17 6.5.2.3p1: the member must exist.
struct point { int x, y; };
int main(void) {
    struct point p = { 1, 2 };
    return p.z; // expect-error
}
