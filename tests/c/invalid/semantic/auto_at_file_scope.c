// Invalid: auto at file scope
// Violates C17 6.9p2: auto and register not allowed at file scope.
auto int global; // expect-error
int main(void) { return 0; }
