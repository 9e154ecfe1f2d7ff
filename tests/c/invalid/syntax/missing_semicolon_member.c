// Invalid: missing semicolon member
// Violates C17 6.7.2.1 (syntax): struct-declaration needs ';'.
struct s { int a int b; }; // expect-error
int main(void) { return 0; }
