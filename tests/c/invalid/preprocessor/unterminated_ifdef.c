// Invalid: unterminated ifdef
// Violates C17 6.10.1: #ifdef without #endif.
int main(void) { return 0; }
#ifdef __STDC__ // expect-error
int x;
