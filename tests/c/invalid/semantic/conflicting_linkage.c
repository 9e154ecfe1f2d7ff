// Invalid: conflicting linkage
// Violates C17 6.2.2p7: the same identifier with internal and external linkage.
int shared;
static int shared; // expect-error
int main(void) { return 0; }
