// Invalid: alignas too small
// Violates C17 6.7.5p4: _Alignas cannot weaken alignment.
int main(void) {
    _Alignas(1) int x = 0; // expect-error
    return x;
}
