// Invalid: else without if
// Violates C17 6.10.1: #else without #if.
#else // expect-error
int main(void) { return 0; }
