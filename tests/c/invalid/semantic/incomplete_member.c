// Invalid: incomplete member
// Violates C17 6.7.2.1p3: a member cannot have incomplete type.
struct inner;
struct outer {
    struct inner in; // expect-error
};
int main(void) { return 0; }
