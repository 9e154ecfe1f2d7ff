// Layout: structs inside unions inside structs.
// expect-exit: 0
struct mn_leaf { short s; char c; };
union mn_mid { struct mn_leaf leaf; int i; char c[7]; };
struct mn_top { char c; union mn_mid mid[2]; double d; };
int main(void) { return 0; }
