// Invalid: long long long
// Violates C17 6.7.2p2: 'long long long' is not a valid type.
long long long big; // expect-error
int main(void) { return 0; }
