// Invalid: sizeof incomplete
// Violates C17 6.5.3.4p1: sizeof cannot be applied to an incomplete type.
struct opaque;
int main(void) {
    return (int)sizeof(struct opaque); // expect-error
}
