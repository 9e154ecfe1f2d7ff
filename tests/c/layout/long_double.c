// Layout: long double members.
// expect-exit: 0
struct ld_first { long double ld; char c; };
struct ld_after_char { char c; long double ld; };
union ld_union { long double ld; double d[3]; };
int main(void) { return 0; }
