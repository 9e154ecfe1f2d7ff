// Layout: structs mixing every scalar type in descending and ascending size order.
// expect-exit: 0
struct all_scalars_desc { long double ld; double d; long l; void *p; int i; float f; short s; char c; _Bool b; };
struct all_scalars_asc { _Bool b; char c; short s; float f; int i; void *p; long l; double d; long double ld; };
struct char_then_long { char c; long l; };
int main(void) { return 0; }
