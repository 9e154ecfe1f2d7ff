// Layout: zero-width and unnamed bit-fields.
// expect-exit: 0
struct bf_zero_int { char a : 2; int : 0; char b : 2; };
struct bf_zero_char { int a : 3; char : 0; int b : 3; };
struct bf_zero_long { char a; long : 0; char b; };
struct bf_unnamed { unsigned a : 4; unsigned : 12; unsigned b : 4; };
int main(void) { return 0; }
