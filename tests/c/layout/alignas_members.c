// Layout: _Alignas on members.
// expect-exit: 0
struct as_member { char c; _Alignas(8) char d; char e; };
struct as_type { char c; _Alignas(double) int i; };
struct as_big { _Alignas(64) char cacheline[10]; int after; };
int main(void) { return 0; }
