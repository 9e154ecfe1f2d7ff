// Invalid: generic duplicate types
// Violates C17 6.5.1.1p2: no two associations may name compatible types.
typedef int myint;
int main(void) {
    int x = 0;
    return _Generic(x, int: 1, myint: 2, default: 0); // expect-error
}
