// Invalid: case outside switch
// Violates C17 6.8.1p2: case only inside a switch.
int main(void) {
    int x = 1;
    if (x) {
    case 1: x = 2; // expect-error
    }
    return x;
}
