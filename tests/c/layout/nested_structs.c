// Layout: nested structs and arrays of structs.
// expect-exit: 0
struct inner_ci { char c; int i; };
struct outer_nested { char tag; struct inner_ci in; char after; struct inner_ci arr[3]; };
struct deep3 { struct { struct { char c; double d; } b; short s; } a; char z; };
int main(void) { return 0; }
