// Invalid: pointer to int init
// Violates C17 6.5.16.1p1: char * is not assignable to int.
int main(void) {
    int x = "text"; // expect-error
    return x;
}
