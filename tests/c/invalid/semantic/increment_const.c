// Invalid: increment const
// Violates C17 6.5.2.4p1: ++ needs a modifiable lvalue.
int main(void) {
    const int n = 1;
    n++; // expect-error
    return n;
}
