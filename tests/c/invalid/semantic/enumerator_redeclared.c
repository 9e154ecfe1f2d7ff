// Invalid: enumerator redeclared
// Violates C17 6.7p3: enumeration constant declared twice.
enum first { A, B };
enum second { C, A }; // expect-error
int main(void) { return 0; }
