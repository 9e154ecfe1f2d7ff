// Invalid: array of functions
// Violates C17 6.7.6.2p1: array element type cannot be a function type.
int table[3](void); // expect-error
int main(void) { return 0; }
