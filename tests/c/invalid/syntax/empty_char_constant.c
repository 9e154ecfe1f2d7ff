// Invalid: empty char constant
// Violates C17 6.4.4.4p1: a character constant needs at least one character.
int main(void) {
    char c = ''; // expect-error
    return c;
}
