// Invalid: for missing clause
// Violates C17 6.8.5 (syntax): for needs two ';' in its header.
int main(void) {
    for (int i = 0; i < 3) {} // expect-error
    return 0;
}
