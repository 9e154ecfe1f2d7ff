// Invalid: label at block end
// Violates C17 6.8.1/6.8.2: a label must be followed by a statement.
int main(void) {
    {
        goto end;
    end: // expect-error
    }
    return 0;
}
