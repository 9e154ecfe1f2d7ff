// Invalid: string too long
// Violates C17 6.7.9p2: string longer than the array (beyond the terminator).
int main(void) {
    char s[2] = "abc"; // expect-error
    return s[0];
}
