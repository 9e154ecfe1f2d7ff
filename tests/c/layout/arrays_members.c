// Layout: array members of odd lengths.
// expect-exit: 0
struct arr_odd { char name[7]; int id; short vals[3]; };
struct arr_2d { char grid[3][5]; double weight; };
struct arr_ptrs { int *ptrs[3]; char flag; };
int main(void) { return 0; }
