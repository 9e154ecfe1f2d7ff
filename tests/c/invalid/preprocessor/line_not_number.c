// Invalid: line not number
// Violates C17 6.10.4p3: #line needs a digit sequence.
#line abc // expect-error
int main(void) { return 0; }
