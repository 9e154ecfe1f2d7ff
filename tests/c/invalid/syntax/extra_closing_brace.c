// Invalid: extra closing brace
// Violates C17 6.9 (syntax): a stray '}' at file scope.
int main(void) {
    return 0;
}
} // expect-error
