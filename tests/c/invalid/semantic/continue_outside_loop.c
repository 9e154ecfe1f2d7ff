// Invalid: continue outside loop
// Violates C17 6.8.6.2p1: continue only in a loop.
int main(void) {
    int x = 1;
    switch (x) {
    case 1: continue; // expect-error
    }
    return 0;
}
