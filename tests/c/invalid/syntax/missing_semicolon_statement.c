// Invalid: missing semicolon statement
// Violates C17 6.8.3 (syntax): expression statement needs ';'.
int main(void) {
    int x = 0;
    x = 3 return x; // expect-error
}
