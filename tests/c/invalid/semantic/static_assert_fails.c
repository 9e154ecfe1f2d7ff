// Invalid: static assert fails
// Violates C17 6.7.10p2: the constant expression must be nonzero.
_Static_assert(sizeof(int) == 8, "int is not 64-bit"); // expect-error
int main(void) { return 0; }
