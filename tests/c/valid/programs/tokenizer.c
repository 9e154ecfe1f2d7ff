// Programs: a tokenizer for a small C-like language: identifiers, numbers, strings, operators.
// expect-exit: 0
// expect-stdout:
// | ident  if
// | op     (
// | ident  x1
// | op     >=
// | number 3.5
// | op     &&
// | ident  p
// | op     ->
// | ident  name
// | op     !=
// | string "a\"b"
// | op     )
// | ident  count
// | op     ++
// | op     ;
// | 15 tokens
#include <stdio.h>
#include <ctype.h>
#include <string.h>
enum tok { T_IDENT, T_NUMBER, T_STRING, T_OP, T_END, T_ERROR };
static const char *names[] = { "ident", "number", "string", "op", "end", "error" };
struct lexer { const char *p; };
static enum tok next(struct lexer *lx, char *text, size_t cap) {
    while (isspace((unsigned char)*lx->p)) lx->p++;
    const char *start = lx->p;
    enum tok kind;
    if (!*lx->p) kind = T_END;
    else if (isalpha((unsigned char)*lx->p) || *lx->p == '_') {
        while (isalnum((unsigned char)*lx->p) || *lx->p == '_') lx->p++;
        kind = T_IDENT;
    } else if (isdigit((unsigned char)*lx->p)) {
        while (isdigit((unsigned char)*lx->p) || *lx->p == '.') lx->p++;
        kind = T_NUMBER;
    } else if (*lx->p == '"') {
        lx->p++;
        while (*lx->p && *lx->p != '"') { if (*lx->p == '\\' && lx->p[1]) lx->p++; lx->p++; }
        if (!*lx->p) return T_ERROR;
        lx->p++;
        kind = T_STRING;
    } else {
        static const char *two[] = { "==", "!=", "<=", ">=", "&&", "||", "->", "++" };
        kind = T_OP;
        lx->p++;
        for (size_t i = 0; i < sizeof two / sizeof *two; i++)
            if (start[0] == two[i][0] && start[1] == two[i][1]) { lx->p++; break; }
    }
    size_t n = (size_t)(lx->p - start);
    if (n >= cap) n = cap - 1;
    memcpy(text, start, n);
    text[n] = 0;
    return kind;
}
int main(void) {
    struct lexer lx = { "if (x1 >= 3.5 && p->name != \"a\\\"b\") count++;" };
    char text[32];
    enum tok k;
    int n = 0;
    while ((k = next(&lx, text, sizeof text)) != T_END && k != T_ERROR) printf("%-6s %s\n", names[k], text), n++;
    printf("%d tokens\n", n);
    return 0;
}
