// Layout: arrays of unions and unions of arrays.
// expect-exit: 0
union cell_u { char c; double d; };
struct cells { char tag; union cell_u cells[3]; };
union matrix_u { double m[2][2]; float f[5]; };
int main(void) { return 0; }
