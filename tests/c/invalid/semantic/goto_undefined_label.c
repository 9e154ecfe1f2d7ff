// Invalid: goto undefined label
// Violates C17 6.8.6.1p1: goto must name a label in the function.
int main(void) {
    goto nowhere; // expect-error
    return 0;
}
