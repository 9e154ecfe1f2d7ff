// Layout: bit-fields that would straddle their storage unit.
// expect-exit: 0
struct bf_straddle_int { unsigned a : 30; unsigned b : 4; };
struct bf_straddle_char { unsigned char a : 6; unsigned char b : 4; };
struct bf_straddle_short { unsigned short a : 12; unsigned short b : 8; unsigned short c : 12; };
struct bf_straddle_ll { unsigned long long a : 60; unsigned long long b : 10; };
int main(void) { return 0; }
