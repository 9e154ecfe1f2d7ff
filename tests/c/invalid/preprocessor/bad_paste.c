// Invalid: bad paste
// Violates C17 6.10.3.3p3: ## must form a valid preprocessing token.
#define CAT(a, b) a##b
int main(void) {
    int x = 1;
    x CAT(+, -) 1; // expect-error
    return x;
}
