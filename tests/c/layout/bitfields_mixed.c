// Layout: bit-fields of mixed widths and types.
// expect-exit: 0
struct bf_mixed { unsigned a : 3; unsigned b : 7; unsigned c : 22; unsigned d : 1; };
struct bf_types { char c : 3; short s : 9; int i : 17; long l : 40; };
struct bf_with_plain { int x : 5; char plain; int y : 5; };
int main(void) { return 0; }
