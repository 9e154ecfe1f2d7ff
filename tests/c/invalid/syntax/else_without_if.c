// Invalid: else without if
// Violates C17 6.8.4 (syntax): 'else' must follow an if statement.
int main(void) {
    int x = 0;
    else x = 1; // expect-error
    return x;
}
