// Invalid: signed unsigned
// Violates C17 6.7.2p2: 'unsigned signed' is not a valid type.
unsigned signed u; // expect-error
int main(void) { return 0; }
