// Stdio: a tokenizer that peeks with getc/ungetc on a file: numbers, identifiers and
// operators; ungetc clears end of file and pushes back any byte value.
// expect-exit: 0
// expect-stdout:
// | <count1><=><42><+><x_2><*><(><7><-><y><)>
// | eof=1
// | ungetc: 90 eof now=0
// | read back: Z, then -1
// | ungetc(EOF)=-1
#include <ctype.h>
#include <stdio.h>

static const char *name = "stdio_ungetc_tokens.txt";

static int next_token(FILE *f, char *out, int size) {
    int c;
    while ((c = getc(f)) != EOF && isspace(c)) {}
    if (c == EOF) return 0;
    int n = 0;
    out[n++] = (char)c;
    if (isdigit(c) || isalpha(c)) {
        int digits = isdigit(c);
        while ((c = getc(f)) != EOF && (digits ? isdigit(c) : isalnum(c) || c == '_') && n < size - 1) out[n++] = (char)c;
        if (c != EOF) ungetc(c, f);
    }
    out[n] = '\0';
    return 1;
}

int main(void) {
    FILE *f = fopen(name, "w+");
    fputs("count1 = 42+x_2*(7 - y)", f);
    rewind(f);
    char tok[32];
    while (next_token(f, tok, sizeof tok)) printf("<%s>", tok);
    printf("\neof=%d\n", feof(f) != 0);
    int pushed = ungetc('Z', f);
    printf("ungetc: %d eof now=%d\n", pushed, feof(f) != 0);
    int first = getc(f);
    int second = getc(f);
    printf("read back: %c, then %d\n", first, second);
    printf("ungetc(EOF)=%d\n", ungetc(EOF, f));
    fclose(f);
    return remove(name);
}
