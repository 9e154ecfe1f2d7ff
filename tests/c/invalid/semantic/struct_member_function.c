// Invalid: struct member function
// Violates C17 6.7.2.1p3: a member cannot have function type.
struct s {
    int callback(int); // expect-error
};
int main(void) { return 0; }
