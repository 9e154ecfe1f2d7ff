// Invalid: stringize non parameter
// Violates C17 6.10.3.2p1: # must be followed by a parameter.
#define STR(x) #y // expect-error
int main(void) { return 0; }
