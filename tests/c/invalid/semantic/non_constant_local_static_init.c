// Invalid: non constant local static init
// Violates C17 6.7.9p4: static initializers must be constant.
int main(void) {
    int x = 1;
    static int y = x; // expect-error
    return y;
}
