// Invalid: break outside loop
// Violates C17 6.8.6.3p1: break only in a loop or switch.
int main(void) {
    int x = 1;
    if (x) break; // expect-error
    return 0;
}
