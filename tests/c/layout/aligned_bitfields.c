// Layout: bit-fields with aligned attribute and zero width long long.
// expect-exit: 0
struct abf { char c; int x : 4 __attribute__((aligned(8))); };
struct abf_ll { char c; long long : 0; char d; };
int main(void) { return 0; }
