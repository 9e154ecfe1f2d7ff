// Invalid: default outside switch
// Violates C17 6.8.1p2: default only inside a switch.
int main(void) {
    default: return 0; // expect-error
}
