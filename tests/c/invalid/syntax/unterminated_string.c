// Invalid: unterminated string
// Violates C17 6.4.5 (syntax): string literal without closing quote.
int main(void) {
    const char *s = "abc; // expect-error
    return s[0];
}
