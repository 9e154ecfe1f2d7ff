// Invalid: duplicate default
// Violates C17 6.8.4.2p3: at most one default label.
int main(void) {
    int x = 1;
    switch (x) {
    default: break;
    case 1: break;
    default: break; // expect-error
    }
    return 0;
}
