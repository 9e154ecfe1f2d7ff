// Invalid: paste at edge
// Violates C17 6.10.3.3p1: ## cannot be at either end of a replacement list.
#define P(x) ## x // expect-error
int main(void) { return 0; }
