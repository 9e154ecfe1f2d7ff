// Invalid: alignas not power of two
// Violates C17 6.7.5p3: alignment must be a valid alignment (power of two).
_Alignas(3) char c; // expect-error
int main(void) { return 0; }
