// Invalid: function body without braces
// Violates C17 6.9.1 (syntax): a function body is a compound statement.
int f(void) return 1; // expect-error
int main(void) { return 0; }
