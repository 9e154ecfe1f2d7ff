// Layout: arrays of structs of arrays.
// expect-exit: 0
struct das_inner { short s[3]; };
struct das_outer { char c; struct das_inner rows[2][2]; };
int main(void) { return 0; }
