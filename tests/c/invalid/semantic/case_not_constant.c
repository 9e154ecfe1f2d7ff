// Invalid: case not constant
// Violates C17 6.8.4.2p3: case expression must be constant.
int main(void) {
    int x = 1, y = 1;
    switch (x) {
    case y: break; // expect-error
    }
    return 0;
}
