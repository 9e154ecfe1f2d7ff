// Invalid: local redefinition
// Violates C17 6.7p3: no linkage identifier declared twice in one scope.
int main(void) {
    int x = 1;
    int x = 2; // expect-error
    return x;
}
