// Layout: structs of only char-sized members (alignment 1).
// expect-exit: 0
struct only_chars { char a; signed char b; unsigned char c[5]; };
struct only_bools { _Bool a, b, c; };
int main(void) { return 0; }
