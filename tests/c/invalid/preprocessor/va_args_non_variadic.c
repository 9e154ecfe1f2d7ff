// Invalid: va args non variadic
// Violates C17 6.10.3p5: __VA_ARGS__ only in variadic macros.
#define F(x) x + __VA_ARGS__ // expect-error
int main(void) { return 0; }
