// Invalid: unterminated if
// Violates C17 6.10.1: each #if needs a matching #endif.
#if 1 // expect-error
int main(void) { return 0; }
