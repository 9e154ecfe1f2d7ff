// Layout: _Bool and enum bit-fields.
// expect-exit: 0
enum bf_color { BF_RED, BF_GREEN, BF_BLUE };
struct bf_bool { _Bool a : 1; _Bool b : 1; char c; _Bool d : 1; };
struct bf_enum { enum bf_color col : 2; unsigned rest : 6; };
int main(void) { return 0; }
