// Layout: #pragma pack in its forms (N, (), push, push N, push id N, pop, pop id), with bit-fields.
// expect-exit: 0
#pragma pack(push)
#pragma pack(1)
struct p1 { signed char f0; int f1; };
struct p1_bits { char a : 4; int b : 30; short c; int d : 3; };
union p1_union { const struct p1 f0; const short f1; long long f2; };
#pragma pack(pop)
struct after_pop { char a; int b; };
#pragma pack(2)
struct p2 { char a; int b; char c; long long d; };
struct p2_bits { char a : 4; int b : 30; short c; int d : 3; char e; int f : 20; };
#pragma pack()
struct after_reset { char a; int b; };
#pragma pack(push, 4)
struct p4 { char a; long long b; short c; struct after_reset e; double g; };
#pragma pack(push, inner, 1)
struct p1_nested { char a; struct p4 g; };
#pragma pack(push, 8)
struct p8 { char a; long long b; };
#pragma pack(pop, inner)
struct back_to_4 { char a; double b; };
#pragma pack(pop)
struct natural { char a; double b; };
int main(void) { return 0; }
