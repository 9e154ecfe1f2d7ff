// Layout: structs with interior and tail padding.
// expect-exit: 0
struct hole_middle { char a; double b; char c; };
struct tail_pad { int i; char c; };
struct short_char_short { short a; char b; short c; };
struct three_chars { char a, b, c; };
int main(void) { return 0; }
