// Invalid: struct redefinition
// Violates C17 6.7.2.3p1: a tag's content is defined at most once per scope.
struct s { int a; };
struct s { int a; }; // expect-error
int main(void) { return 0; }
