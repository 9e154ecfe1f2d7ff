// Invalid: missing include
// Violates C17 6.10.2: the header named by #include must exist.
#include "altitude_no_such_header.h" // expect-error
int main(void) { return 0; }
