// Layout: signed and unsigned bit-fields side by side.
// expect-exit: 0
struct bf_su { signed a : 4; unsigned b : 4; signed c : 8; unsigned d : 16; };
struct bf_long_mix { long a : 33; int b : 31; char c; };
int main(void) { return 0; }
