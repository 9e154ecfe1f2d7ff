/* interp: a tiny scripting language: a tokenizer, a recursive-descent compiler to stack-machine
 * code and a switch-dispatched interpreter loop, running an embedded script (primes by trial
 * division, Collatz chains, a Fibonacci recurrence) whose bound n comes from the command line.
 * Prints the script's output and the number of instructions executed.
 * Exercises: character classification, strcmp on identifiers, realloc'd arrays, recursion in
 * the compiler, and above all a hot switch dispatch loop over an int array with a value stack.
 *
 * usage: interp [n]
 * bench-small: 3000
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char script[] =
    "# count the primes below n\n"
    "count = 0; i = 2;\n"
    "while i < n {\n"
    "  j = 2; prime = 1;\n"
    "  while j * j <= i {\n"
    "    if i % j == 0 { prime = 0; j = i; }\n"
    "    j = j + 1;\n"
    "  }\n"
    "  count = count + prime;\n"
    "  i = i + 1;\n"
    "}\n"
    "print count;\n"
    "# total length of the Collatz chains starting below n / 8\n"
    "steps = 0; k = 1;\n"
    "while k < n / 8 {\n"
    "  x = k;\n"
    "  while x != 1 {\n"
    "    if x % 2 == 0 { x = x / 2; } else { x = 3 * x + 1; }\n"
    "    steps = steps + 1;\n"
    "  }\n"
    "  k = k + 1;\n"
    "}\n"
    "print steps;\n"
    "# Fibonacci modulo a prime, n terms\n"
    "a = 0; b = 1; m = 0;\n"
    "while m < n { t = (a + b) % 1000003; a = b; b = t; m = m + 1; }\n"
    "print a;\n"
    "print -(count - steps) * 2 + 7 > 0;\n";

/* ---- tokens ---- */

enum token_kind {
    T_NUMBER, T_IDENT, T_WHILE, T_IF, T_ELSE, T_PRINT,
    T_ASSIGN, T_EQ, T_NE, T_LT, T_LE, T_GT, T_GE,
    T_PLUS, T_MINUS, T_STAR, T_SLASH, T_PERCENT,
    T_LPAREN, T_RPAREN, T_LBRACE, T_RBRACE, T_SEMI, T_END
};

struct token {
    enum token_kind kind;
    long number;    /* T_NUMBER */
    char name[16];  /* T_IDENT */
    int line;
};

struct token_list {
    struct token *items;
    size_t count;
    size_t capacity;
};

static void fail(int line, const char *message)
{
    fprintf(stderr, "interp: line %d: %s\n", line, message);
    exit(1);
}

static struct token *push_token(struct token_list *list, enum token_kind kind, int line)
{
    if (list->count == list->capacity) {
        list->capacity = list->capacity ? list->capacity * 2 : 64;
        list->items = realloc(list->items, list->capacity * sizeof *list->items);
        if (list->items == NULL)
            fail(line, "out of memory");
    }
    struct token *t = &list->items[list->count++];
    t->kind = kind;
    t->number = 0;
    t->name[0] = '\0';
    t->line = line;
    return t;
}

static void tokenize(const char *src, struct token_list *out)
{
    static const struct { const char *word; enum token_kind kind; } keywords[] = {
        { "while", T_WHILE }, { "if", T_IF }, { "else", T_ELSE }, { "print", T_PRINT },
    };
    int line = 1;
    const char *p = src;
    while (*p != '\0') {
        unsigned char c = (unsigned char)*p;
        if (c == '\n') {
            line++;
            p++;
        } else if (isspace(c)) {
            p++;
        } else if (c == '#') {
            while (*p != '\0' && *p != '\n')
                p++;
        } else if (isdigit(c)) {
            struct token *t = push_token(out, T_NUMBER, line);
            while (isdigit((unsigned char)*p))
                t->number = t->number * 10 + (*p++ - '0');
        } else if (isalpha(c) || c == '_') {
            char word[16];
            size_t len = 0;
            while (isalnum((unsigned char)*p) || *p == '_') {
                if (len + 1 >= sizeof word)
                    fail(line, "identifier too long");
                word[len++] = *p++;
            }
            word[len] = '\0';
            enum token_kind kind = T_IDENT;
            for (size_t k = 0; k < sizeof keywords / sizeof keywords[0]; k++)
                if (strcmp(word, keywords[k].word) == 0)
                    kind = keywords[k].kind;
            struct token *t = push_token(out, kind, line);
            if (kind == T_IDENT)
                memcpy(t->name, word, len + 1);
        } else {
            char next = p[1];
            enum token_kind kind;
            int width = 1;
            switch (c) {
            case '=': kind = next == '=' ? T_EQ : T_ASSIGN; break;
            case '!':
                if (next != '=')
                    fail(line, "expected '=' after '!'");
                kind = T_NE;
                break;
            case '<': kind = next == '=' ? T_LE : T_LT; break;
            case '>': kind = next == '=' ? T_GE : T_GT; break;
            case '+': kind = T_PLUS; break;
            case '-': kind = T_MINUS; break;
            case '*': kind = T_STAR; break;
            case '/': kind = T_SLASH; break;
            case '%': kind = T_PERCENT; break;
            case '(': kind = T_LPAREN; break;
            case ')': kind = T_RPAREN; break;
            case '{': kind = T_LBRACE; break;
            case '}': kind = T_RBRACE; break;
            case ';': kind = T_SEMI; break;
            default: fail(line, "unexpected character"); return;
            }
            if (kind == T_EQ || kind == T_NE || kind == T_LE || kind == T_GE)
                width = 2;
            push_token(out, kind, line);
            p += width;
        }
    }
    push_token(out, T_END, line);
}

/* ---- code generation ---- */

enum opcode {
    OP_PUSH, OP_LOAD, OP_STORE, OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_MOD, OP_NEG,
    OP_EQ, OP_NE, OP_LT, OP_LE, OP_GT, OP_GE, OP_JUMP, OP_JUMP_IF_ZERO, OP_PRINT, OP_HALT
};

#define MAX_VARIABLES 32

struct compiler {
    const struct token *tokens;
    size_t pos;
    long *code;
    size_t code_count;
    size_t code_capacity;
    char variables[MAX_VARIABLES][16];
    int variable_count;
};

static const struct token *peek(const struct compiler *c)
{
    return &c->tokens[c->pos];
}

static void expect(struct compiler *c, enum token_kind kind, const char *what)
{
    if (peek(c)->kind != kind)
        fail(peek(c)->line, what);
    c->pos++;
}

static size_t emit(struct compiler *c, long word)
{
    if (c->code_count == c->code_capacity) {
        c->code_capacity = c->code_capacity ? c->code_capacity * 2 : 128;
        c->code = realloc(c->code, c->code_capacity * sizeof *c->code);
        if (c->code == NULL)
            fail(peek(c)->line, "out of memory");
    }
    c->code[c->code_count] = word;
    return c->code_count++;
}

static int variable_slot(struct compiler *c, const char *name)
{
    for (int i = 0; i < c->variable_count; i++)
        if (strcmp(c->variables[i], name) == 0)
            return i;
    if (c->variable_count == MAX_VARIABLES)
        fail(peek(c)->line, "too many variables");
    strcpy(c->variables[c->variable_count], name);
    return c->variable_count++;
}

static void expression(struct compiler *c);

/* primary := NUMBER | IDENT | '(' expression ')' | '-' primary */
static void primary(struct compiler *c)
{
    const struct token *t = peek(c);
    switch (t->kind) {
    case T_NUMBER:
        emit(c, OP_PUSH);
        emit(c, t->number);
        c->pos++;
        break;
    case T_IDENT:
        emit(c, OP_LOAD);
        emit(c, variable_slot(c, t->name));
        c->pos++;
        break;
    case T_LPAREN:
        c->pos++;
        expression(c);
        expect(c, T_RPAREN, "expected ')'");
        break;
    case T_MINUS:
        c->pos++;
        primary(c);
        emit(c, OP_NEG);
        break;
    default:
        fail(t->line, "expected an expression");
    }
}

/* term := primary (('*' | '/' | '%') primary)* */
static void term(struct compiler *c)
{
    primary(c);
    for (;;) {
        enum token_kind k = peek(c)->kind;
        long op = k == T_STAR ? OP_MUL : k == T_SLASH ? OP_DIV : k == T_PERCENT ? OP_MOD : -1;
        if (op < 0)
            return;
        c->pos++;
        primary(c);
        emit(c, op);
    }
}

/* sum := term (('+' | '-') term)* */
static void sum(struct compiler *c)
{
    term(c);
    for (;;) {
        enum token_kind k = peek(c)->kind;
        long op = k == T_PLUS ? OP_ADD : k == T_MINUS ? OP_SUB : -1;
        if (op < 0)
            return;
        c->pos++;
        term(c);
        emit(c, op);
    }
}

/* expression := sum (comparison sum)? */
static void expression(struct compiler *c)
{
    sum(c);
    long op;
    switch (peek(c)->kind) {
    case T_EQ: op = OP_EQ; break;
    case T_NE: op = OP_NE; break;
    case T_LT: op = OP_LT; break;
    case T_LE: op = OP_LE; break;
    case T_GT: op = OP_GT; break;
    case T_GE: op = OP_GE; break;
    default: return;
    }
    c->pos++;
    sum(c);
    emit(c, op);
}

static void statement(struct compiler *c);

/* block := '{' statement* '}' */
static void block(struct compiler *c)
{
    expect(c, T_LBRACE, "expected '{'");
    while (peek(c)->kind != T_RBRACE) {
        if (peek(c)->kind == T_END)
            fail(peek(c)->line, "unterminated block");
        statement(c);
    }
    c->pos++;
}

/* statement := IDENT '=' expression ';' | 'print' expression ';'
 *            | 'while' expression block | 'if' expression block ('else' block)? */
static void statement(struct compiler *c)
{
    const struct token *t = peek(c);
    switch (t->kind) {
    case T_IDENT: {
        int slot = variable_slot(c, t->name);
        c->pos++;
        expect(c, T_ASSIGN, "expected '='");
        expression(c);
        expect(c, T_SEMI, "expected ';'");
        emit(c, OP_STORE);
        emit(c, slot);
        break;
    }
    case T_PRINT:
        c->pos++;
        expression(c);
        expect(c, T_SEMI, "expected ';'");
        emit(c, OP_PRINT);
        break;
    case T_WHILE: {
        c->pos++;
        size_t top = c->code_count;
        expression(c);
        emit(c, OP_JUMP_IF_ZERO);
        size_t exit_operand = emit(c, 0);
        block(c);
        emit(c, OP_JUMP);
        emit(c, (long)top);
        c->code[exit_operand] = (long)c->code_count;
        break;
    }
    case T_IF: {
        c->pos++;
        expression(c);
        emit(c, OP_JUMP_IF_ZERO);
        size_t else_operand = emit(c, 0);
        block(c);
        if (peek(c)->kind == T_ELSE) {
            c->pos++;
            emit(c, OP_JUMP);
            size_t end_operand = emit(c, 0);
            c->code[else_operand] = (long)c->code_count;
            block(c);
            c->code[end_operand] = (long)c->code_count;
        } else {
            c->code[else_operand] = (long)c->code_count;
        }
        break;
    }
    default:
        fail(t->line, "expected a statement");
    }
}

/* ---- execution ---- */

#define STACK_SIZE 64

static long run(const long *code, long *variables, unsigned long *executed)
{
    long stack[STACK_SIZE];
    int sp = 0;
    size_t pc = 0;
    unsigned long count = 0;
    long printed = 0;
    for (;;) {
        count++;
        long op = code[pc++];
        switch (op) {
        case OP_PUSH: stack[sp++] = code[pc++]; break;
        case OP_LOAD: stack[sp++] = variables[code[pc++]]; break;
        case OP_STORE: variables[code[pc++]] = stack[--sp]; break;
        case OP_ADD: sp--; stack[sp - 1] += stack[sp]; break;
        case OP_SUB: sp--; stack[sp - 1] -= stack[sp]; break;
        case OP_MUL: sp--; stack[sp - 1] *= stack[sp]; break;
        case OP_DIV:
        case OP_MOD:
            sp--;
            if (stack[sp] == 0) {
                fprintf(stderr, "interp: division by zero\n");
                exit(1);
            }
            stack[sp - 1] = op == OP_DIV ? stack[sp - 1] / stack[sp] : stack[sp - 1] % stack[sp];
            break;
        case OP_NEG: stack[sp - 1] = -stack[sp - 1]; break;
        case OP_EQ: sp--; stack[sp - 1] = stack[sp - 1] == stack[sp]; break;
        case OP_NE: sp--; stack[sp - 1] = stack[sp - 1] != stack[sp]; break;
        case OP_LT: sp--; stack[sp - 1] = stack[sp - 1] < stack[sp]; break;
        case OP_LE: sp--; stack[sp - 1] = stack[sp - 1] <= stack[sp]; break;
        case OP_GT: sp--; stack[sp - 1] = stack[sp - 1] > stack[sp]; break;
        case OP_GE: sp--; stack[sp - 1] = stack[sp - 1] >= stack[sp]; break;
        case OP_JUMP: pc = (size_t)code[pc]; break;
        case OP_JUMP_IF_ZERO:
            pc = stack[--sp] == 0 ? (size_t)code[pc] : pc + 1;
            break;
        case OP_PRINT:
            printf("%ld\n", stack[--sp]);
            printed++;
            break;
        case OP_HALT:
            *executed = count;
            return printed;
        default:
            fprintf(stderr, "interp: bad opcode %ld\n", op);
            exit(1);
        }
        if (sp < 0 || sp >= STACK_SIZE) {
            fprintf(stderr, "interp: stack out of range\n");
            exit(1);
        }
    }
}

int main(int argc, char **argv)
{
    long n = argc > 1 ? strtol(argv[1], NULL, 10) : 150000;
    struct token_list tokens = { NULL, 0, 0 };
    tokenize(script, &tokens);

    struct compiler c;
    memset(&c, 0, sizeof c);
    c.tokens = tokens.items;
    int n_slot = variable_slot(&c, "n");
    while (peek(&c)->kind != T_END)
        statement(&c);
    emit(&c, OP_HALT);

    long variables[MAX_VARIABLES] = { 0 };
    variables[n_slot] = n;
    unsigned long executed = 0;
    long printed = run(c.code, variables, &executed);
    printf("tokens %lu, code words %lu, variables %d\n", (unsigned long)tokens.count,
           (unsigned long)c.code_count, c.variable_count);
    printf("printed %ld values, executed %lu instructions\n", printed, executed);
    free(tokens.items);
    free(c.code);
    return 0;
}
