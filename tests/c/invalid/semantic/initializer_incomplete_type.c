// Invalid: initializer incomplete type
// Violates C17 6.7.9p3: the entity to initialise cannot have incomplete type.
struct later;
struct later value = { 0 }; // expect-error
int main(void) { return 0; }
