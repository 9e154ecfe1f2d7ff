// Invalid: shift float
// Violates C17 6.5.7p2: shift operands must be integers.
int main(void) {
    float f = 2.0f;
    int r = f << 1; // expect-error
    return r;
}
