// Layout: GNU empty structs and one-member structs.
// expect-exit: 0
struct gnu_empty { };
struct has_empty { char c; struct gnu_empty e; int i; };
struct one_double { double d; };
int main(void) { return 0; }
