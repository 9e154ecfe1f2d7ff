// Invalid: missing closing brace
// Violates C17 6.8.2 (syntax): a compound statement needs its closing brace.
int main(void) {
    int x = 1;
    return x; // expect-error
