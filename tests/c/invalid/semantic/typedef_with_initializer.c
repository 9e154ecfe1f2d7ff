// Invalid: typedef with initializer
// Violates C17 6.7.9 / 6.7.8: a typedef cannot have an initializer.
typedef int number = 5; // expect-error
int main(void) { return 0; }
