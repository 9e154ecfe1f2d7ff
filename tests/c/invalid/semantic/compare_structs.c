// Invalid: compare structs
// Violates C17 6.5.9p2: == cannot compare structures.
struct s { int a; };
int main(void) {
    struct s a = { 1 }, b = { 1 };
    return a == b; // expect-error
}
