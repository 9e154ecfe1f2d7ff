// Invalid: define without name
// Violates C17 6.10.3: #define requires an identifier.
#define // expect-error
int main(void) { return 0; }
