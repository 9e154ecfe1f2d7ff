// Layout: pointer and function pointer members.
// expect-exit: 0
struct fp_table { int (*open)(const char *); void (*close)(int); char name[5]; };
struct self_ref { struct self_ref *next, *prev; short key; };
int main(void) { return 0; }
