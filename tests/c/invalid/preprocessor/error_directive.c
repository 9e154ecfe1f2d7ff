// Invalid: error directive
// Violates C17 6.10.5: #error makes the translation unit ill-formed.
#define VERSION 1
#if VERSION < 2
#error version 2 required // expect-error
#endif
int main(void) { return 0; }
