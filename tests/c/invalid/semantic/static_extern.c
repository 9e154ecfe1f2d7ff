// Invalid: static extern
// Violates C17 6.7.1p2: at most one storage-class specifier.
static extern int both; // expect-error
int main(void) { return 0; }
