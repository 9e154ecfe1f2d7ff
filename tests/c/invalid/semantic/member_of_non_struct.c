// Invalid: member of non struct
// Violates C17 6.5.2.3p1: . needs a structure or union.
int main(void) {
    int x = 0;
    return x.field; // expect-error
}
