// Invalid: unterminated comment
// Violates C17 6.4.9p1: an unterminated /* comment.
int main(void) {
    return 0;
}
/* this comment never ends // expect-error
int x;
