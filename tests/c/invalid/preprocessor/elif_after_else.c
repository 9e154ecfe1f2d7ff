// Invalid: elif after else
// Violates C17 6.10.1: #elif cannot follow #else.
#if 0
#else
#elif 1 // expect-error
#endif
int main(void) { return 0; }
