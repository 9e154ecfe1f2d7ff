// Invalid: inline variable
// Violates C17 6.7.4p1: inline only on functions.
inline int counter; // expect-error
int main(void) { return 0; }
