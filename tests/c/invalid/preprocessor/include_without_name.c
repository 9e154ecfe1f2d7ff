// Invalid: include without name
// Violates C17 6.10.2: #include needs a header name.
#include // expect-error
int main(void) { return 0; }
