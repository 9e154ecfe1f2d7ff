// Invalid: cast to struct
// Violates C17 6.5.4p2: cast to a non-scalar type.
struct s { int a; };
int main(void) {
    struct s v = (struct s)1; // expect-error
    return v.a;
}
