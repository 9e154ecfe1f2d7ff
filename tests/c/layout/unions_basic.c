// Layout: unions of scalars and arrays.
// expect-exit: 0
union u_scalar { char c; short s; int i; long l; };
union u_array { char bytes[13]; int words[2]; };
union u_ld { long double ld; char c[3]; };
int main(void) { return 0; }
