// Invalid: duplicate case
// Violates C17 6.8.4.2p3: case constants must be distinct.
int main(void) {
    int x = 1;
    switch (x) {
    case 1: break;
    case 2: break;
    case 1: break; // expect-error
    }
    return 0;
}
