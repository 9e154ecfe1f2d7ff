// Invalid: goto into vla scope
// Violates C17 6.8.6.1p1: goto cannot jump into the scope of a VLA.
int main(void) {
    int n = 3;
    goto inside; // expect-error
    {
        int vla[n];
    inside:
        vla[0] = 1;
        return vla[0];
    }
}
