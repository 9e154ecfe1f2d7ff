// Layout: __int128 members.
// expect-exit: 0
struct i128_after_char { char c; __int128 big; };
struct i128_pair { unsigned __int128 a; char b; };
int main(void) { return 0; }
