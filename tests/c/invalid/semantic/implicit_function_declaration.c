// Invalid: implicit function declaration
// Violates C17 6.5.1p2: functions must be declared before use.
int main(void) {
    return undeclared_function(1); // expect-error
}
