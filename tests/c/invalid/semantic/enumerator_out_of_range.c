// Invalid: enumerator out of range
// Violates C17 6.7.2.2p2: enumerator value must be representable as int.
enum big { HUGE_ONE = 0x100000000 }; // expect-error
int main(void) { return 0; }
