// Idioms: a JSON-ish tokenizer with a cursor struct, string escapes, numbers via strtod, and nesting depth.
// std: c17
// expect-exit: 0
// expect-stdout: see json_tokenizer.out
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>

enum tok_kind { T_LBRACE, T_RBRACE, T_LBRACK, T_RBRACK, T_COLON, T_COMMA, T_STRING, T_NUMBER, T_TRUE, T_FALSE, T_NULL, T_END, T_ERROR };
static const char *const kind_names[] = {
    [T_LBRACE] = "{", [T_RBRACE] = "}", [T_LBRACK] = "[", [T_RBRACK] = "]", [T_COLON] = ":", [T_COMMA] = ",",
    [T_STRING] = "string", [T_NUMBER] = "number", [T_TRUE] = "true", [T_FALSE] = "false", [T_NULL] = "null",
    [T_END] = "end", [T_ERROR] = "error",
};

struct token { enum tok_kind kind; double number; char text[64]; int offset; };
struct lexer { const char *src; size_t pos; };

static int lex_string(struct lexer *lx, struct token *t) {
    size_t n = 0;
    lx->pos++; /* opening quote */
    for (;;) {
        char c = lx->src[lx->pos++];
        if (c == '\0') return 0;
        if (c == '"') break;
        if (c == '\\') {
            char e = lx->src[lx->pos++];
            switch (e) {
            case 'n': c = '\n'; break;
            case 't': c = '\t'; break;
            case '"': case '\\': case '/': c = e; break;
            case 'u': {
                unsigned v = 0;
                for (int i = 0; i < 4; i++) {
                    char h = lx->src[lx->pos++];
                    if (!isxdigit((unsigned char)h)) return 0;
                    v = v * 16 + (unsigned)(isdigit((unsigned char)h) ? h - '0' : tolower((unsigned char)h) - 'a' + 10);
                }
                c = v < 0x80 ? (char)v : '?';
                break;
            }
            default: return 0;
            }
        }
        if (n + 1 < sizeof t->text) t->text[n++] = c;
    }
    t->text[n] = '\0';
    t->kind = T_STRING;
    return 1;
}

static struct token next_token(struct lexer *lx) {
    struct token t = { T_END, 0.0, "", 0 };
    while (isspace((unsigned char)lx->src[lx->pos])) lx->pos++;
    t.offset = (int)lx->pos;
    char c = lx->src[lx->pos];
    switch (c) {
    case '\0': return t;
    case '{': t.kind = T_LBRACE; lx->pos++; return t;
    case '}': t.kind = T_RBRACE; lx->pos++; return t;
    case '[': t.kind = T_LBRACK; lx->pos++; return t;
    case ']': t.kind = T_RBRACK; lx->pos++; return t;
    case ':': t.kind = T_COLON; lx->pos++; return t;
    case ',': t.kind = T_COMMA; lx->pos++; return t;
    case '"':
        if (!lex_string(lx, &t)) t.kind = T_ERROR;
        return t;
    default: break;
    }
    if (c == '-' || isdigit((unsigned char)c)) {
        char *end;
        t.number = strtod(lx->src + lx->pos, &end);
        lx->pos = (size_t)(end - lx->src);
        t.kind = T_NUMBER;
        return t;
    }
    static const struct { const char *word; enum tok_kind kind; } words[] = { { "true", T_TRUE }, { "false", T_FALSE }, { "null", T_NULL } };
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
        size_t len = strlen(words[i].word);
        if (strncmp(lx->src + lx->pos, words[i].word, len) == 0) { lx->pos += len; t.kind = words[i].kind; return t; }
    }
    t.kind = T_ERROR;
    return t;
}

static int tokenize(const char *src) {
    struct lexer lx = { src, 0 };
    int depth = 0, max_depth = 0, count = 0;
    for (;;) {
        struct token t = next_token(&lx);
        if (t.kind == T_ERROR) { printf("  error at offset %d\n", t.offset); return -1; }
        if (t.kind == T_END) break;
        count++;
        if (t.kind == T_LBRACE || t.kind == T_LBRACK) { if (++depth > max_depth) max_depth = depth; }
        if (t.kind == T_RBRACE || t.kind == T_RBRACK) depth--;
        if (t.kind == T_STRING) printf("  string \"%s\"\n", t.text);
        else if (t.kind == T_NUMBER) printf("  number %g\n", t.number);
        else printf("  %s\n", kind_names[t.kind]);
    }
    printf("  %d tokens, max depth %d, balanced %s\n", count, max_depth, depth == 0 ? "yes" : "no");
    return count;
}

int main(void) {
    const char *docs[] = {
        "{\"name\": \"widget\", \"size\": [3, 4.5, -1e3], \"ok\": true, \"next\": null}",
        "[\"tab\\there\", \"A\\u0042C\", {\"deep\": [[false]]}]",
        "{\"bad\": tru}",
    };
    for (size_t i = 0; i < sizeof docs / sizeof docs[0]; i++) {
        printf("doc %zu:\n", i);
        tokenize(docs[i]);
    }
    return 0;
}
