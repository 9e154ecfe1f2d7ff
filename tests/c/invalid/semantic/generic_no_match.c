// Invalid: generic no match
// Violates C17 6.5.1.1p2: _Generic needs a compatible association or default.
int main(void) {
    double d = 1.0;
    return _Generic(d, int: 1, long: 2); // expect-error
}
