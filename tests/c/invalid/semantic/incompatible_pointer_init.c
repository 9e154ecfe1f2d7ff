// Invalid: incompatible pointer init
// Violates C17 6.5.16.1p1: int * is not assignable to double *.
int main(void) {
    int i = 0;
    double *p = &i; // expect-error
    return (int)*p;
}
