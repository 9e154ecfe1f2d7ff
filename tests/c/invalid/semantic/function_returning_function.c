// Invalid: function returning function
// Violates C17 6.7.6.3p1: a function cannot return a function.
int make(void)(void); // expect-error
int main(void) { return 0; }
