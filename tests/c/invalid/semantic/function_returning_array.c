// Invalid: function returning array
// Violates C17 6.7.6.3p1: a function cannot return an array.
int make(void)[3]; // expect-error
int main(void) { return 0; }
