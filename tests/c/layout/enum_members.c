// Layout: enum members and enums of large values.
// expect-exit: 0
enum small_enum { SE_A, SE_B };
enum big_enum { BE_A = 0x7fffffff };
struct enum_holder { char c; enum small_enum s; char d; enum big_enum b; };
int main(void) { return 0; }
