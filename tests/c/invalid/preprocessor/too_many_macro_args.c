// Invalid: too many macro args
// Violates C17 6.10.3p4: a macro invocation must have as many arguments as parameters.
#define ADD(a, b) ((a) + (b))
int main(void) {
    return ADD(1, 2, 3); // expect-error
}
