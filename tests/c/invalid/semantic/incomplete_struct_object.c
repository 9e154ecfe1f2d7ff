// Invalid: incomplete struct object
// Violates C17 6.7p7: an object's type must be complete.
struct opaque;
int main(void) {
    struct opaque v; // expect-error
    return 0;
}
