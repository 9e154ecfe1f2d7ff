// Invalid: endif without if
// Violates C17 6.10.1: #endif without #if.
int main(void) { return 0; }
#endif // expect-error
