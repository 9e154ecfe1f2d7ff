// Invalid: noreturn variable
// Violates C17 6.7.4p1: _Noreturn only on functions.
_Noreturn int flag; // expect-error
int main(void) { return 0; }
