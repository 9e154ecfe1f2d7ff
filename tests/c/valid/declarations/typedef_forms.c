// Declarations: typedefs of arrays, functions, pointers to functions, structs, repeated typedef.
// expect-exit: 0
// expect-stdout:
// | 12 6
// | 13 42
// | 4 5 str
// | 0
#include <stdio.h>
typedef int Vec3[3];
typedef int BinOp(int, int);
typedef BinOp *BinOpPtr;
typedef struct point { int x, y; } Point, *PointPtr;
typedef int Vec3[3];             /* C11 allows an identical redefinition */
typedef const char *CStr;
static int add(int a, int b) { return a + b; }
static BinOp mul;                /* declaring a function with a function typedef */
static int mul(int a, int b) { return a * b; }
int main(void) {
    Vec3 v = { 1, 2, 3 };
    BinOpPtr ops[2] = { add, mul };
    Point p = { 4, 5 };
    PointPtr pp = &p;
    CStr s = "str";
    printf("%zu %d\n", sizeof(Vec3), v[0] + v[1] + v[2]);
    printf("%d %d\n", ops[0](6, 7), ops[1](6, 7));
    printf("%d %d %s\n", pp->x, pp->y, s);
    typedef unsigned short U16;  /* block-scope typedef */
    U16 u = 65535;
    u++;
    printf("%d\n", u);
    return 0;
}
