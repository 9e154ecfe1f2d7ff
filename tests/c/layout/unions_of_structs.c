// Layout: unions of structs and structs containing unions.
// expect-exit: 0
struct us_a { char c; int i; };
struct us_b { double d; char c; };
union us_pair { struct us_a a; struct us_b b; char raw[20]; };
struct holds_union { char kind; union us_pair value; short tail; };
int main(void) { return 0; }
