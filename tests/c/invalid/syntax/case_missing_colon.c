// Invalid: case missing colon
// Violates C17 6.8.1 (syntax): case label needs ':'.
int main(void) {
    int x = 1;
    switch (x) { case 1 break; } // expect-error
    return 0;
}
