// Layout: anonymous struct and union members.
// expect-exit: 0
struct anon_union { int kind; union { int i; double d; }; char tail; };
struct anon_struct { char a; struct { char b; int c; }; char d; };
struct anon_deep { union { struct { char x, y; }; short xy; }; int z; };
int main(void) { return 0; }
