// Invalid: arrow on non pointer
// Violates C17 6.5.2.3p2: -> needs a pointer to a structure.
struct point { int x, y; };
int main(void) {
    struct point p = { 1, 2 };
    return p->x; // expect-error
}
