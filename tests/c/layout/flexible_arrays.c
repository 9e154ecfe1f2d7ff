// Layout: flexible array members.
// expect-exit: 0
struct flex_int { int n; int data[]; };
struct flex_char { char c; char data[]; };
struct flex_double { char c; double data[]; };
struct flex_after_pad { long l; char c; short data[]; };
int main(void) { return 0; }
