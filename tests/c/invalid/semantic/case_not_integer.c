// Invalid: case not integer
// Violates C17 6.8.4.2p3: case expression must be an integer constant expression.
int main(void) {
    int x = 1;
    switch (x) {
    case 1.5: break; // expect-error
    }
    return 0;
}
