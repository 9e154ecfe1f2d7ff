// Layout: GNU aligned(N) on structs and members.
// expect-exit: 0
struct __attribute__((aligned(32))) al_struct { char c; };
struct al_member { char c; int i __attribute__((aligned(16))); char d; };
struct al_nested { char c; struct al_struct inner; };
int main(void) { return 0; }
