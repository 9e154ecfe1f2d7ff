// Invalid: assign to const
// Violates C17 6.5.16p2: the left operand must be a modifiable lvalue.
int main(void) {
    const int limit = 10;
    limit = 20; // expect-error
    return limit;
}
