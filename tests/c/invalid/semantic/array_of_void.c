// Invalid: array of void
// Violates C17 6.7.6.2p1: array element type must be complete.
void things[4]; // expect-error
int main(void) { return 0; }
