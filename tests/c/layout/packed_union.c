// Layout: packed unions and unions with packed structs.
// expect-exit: 0
union __attribute__((packed)) pk_union { char c; int i; double d; };
struct __attribute__((packed)) pk_in_u { char c; int i; };
union holds_pk { struct pk_in_u s; short sh; };
int main(void) { return 0; }
