// Layout: packed struct that is also aligned.
// expect-exit: 0
struct __attribute__((packed, aligned(4))) pa_combo { char c; int i; };
struct pa_holder { char c; struct pa_combo inner; };
int main(void) { return 0; }
