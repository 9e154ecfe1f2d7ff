// Layout: tagged union value representations.
// expect-exit: 0
struct tv_value { enum { TV_INT, TV_DBL, TV_STR } tag; union { long i; double d; const char *s; } as; };
struct tv_pair { struct tv_value key, val; };
int main(void) { return 0; }
