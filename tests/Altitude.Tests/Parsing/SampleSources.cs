namespace Altitude.Tests.Parsing;

/// <summary>Realistic C translation units (no preprocessor directives) for robustness and speed tests.</summary>
internal static class SampleSources
{
    public const string LinkedList = """
        typedef unsigned long size_t;
        typedef struct node { int value; struct node *next; } node_t;
        extern void *malloc(size_t);
        extern void free(void *);
        extern int printf(const char *restrict, ...);

        static node_t *push(node_t *head, int value)
        {
            node_t *n = malloc(sizeof *n);
            if (!n) return head;
            n->value = value;
            n->next = head;
            return n;
        }

        static size_t length(const node_t *head)
        {
            size_t count = 0;
            for (const node_t *p = head; p != 0; p = p->next) count++;
            return count;
        }

        static node_t *reverse(node_t *head)
        {
            node_t *prev = 0;
            while (head) {
                node_t *next = head->next;
                head->next = prev;
                prev = head;
                head = next;
            }
            return prev;
        }

        int main(int argc, char **argv)
        {
            node_t *list = 0;
            int i;
            for (i = 0; i < 10; ++i) list = push(list, i * i);
            list = reverse(list);
            printf("%lu items, first %d\n", (unsigned long)length(list), list ? list->value : -1);
            while (list) { node_t *n = list->next; free(list); list = n; }
            return argc > 1 ? (int)argv[1][0] : 0;
        }
        """;

    public const string Tokenizer = """
        typedef __builtin_va_list va_list;
        enum kind { K_END, K_NUM, K_IDENT = 5, K_PUNCT, };
        struct token { enum kind kind; long value; const char *start; int len; union { double d; long l; } u; };
        typedef int (*classify_fn)(int c);
        static int is_digit(int c) { return c >= '0' && c <= '9'; }
        static int is_alpha(int c) { return (c | 32) >= 'a' && (c | 32) <= 'z' || c == '_'; }
        static const classify_fn table[] = { [0] = is_digit, [1] = is_alpha };
        static struct token make(enum kind k, const char *s, int n)
        {
            return (struct token){ .kind = k, .start = s, .len = n, .u.l = 0 };
        }
        int next_token(const char **pp, struct token *out)
        {
            const char *p = *pp;
            while (*p == ' ' || *p == '\t' || *p == '\n') p++;
            if (!*p) { *out = make(K_END, p, 0); return 0; }
            if (table[0](*p)) {
                long v = 0;
                do v = v * 10 + (*p++ - '0'); while (is_digit(*p));
                *out = make(K_NUM, *pp, (int)(p - *pp));
                out->value = v;
            } else if (table[1](*p)) {
                const char *s = p;
                while (is_alpha(*p) || is_digit(*p)) ++p;
                *out = make(K_IDENT, s, (int)(p - s));
            } else {
                switch (*p) {
                case '+': case '-': case '*': case '/':
                    *out = make(K_PUNCT, p, 1);
                    p++;
                    break;
                case 'A' ... 'F':
                    p++;
                    __attribute__((fallthrough));
                default:
                    return -1;
                }
            }
            *pp = p;
            return 1;
        }
        int sum(int n, ...)
        {
            va_list ap;
            int total = 0;
            __builtin_va_start(ap, n);
            for (int i = 0; i < n; i++) total += __builtin_va_arg(ap, int);
            __builtin_va_end(ap);
            return total;
        }
        """;

    public const string GnuAndOldStyle = """
        typedef struct { int x, y; } point __attribute__((aligned(8)));
        struct __attribute__((packed)) header { unsigned char tag : 4, flags : 4; unsigned short len; };
        extern int printf(const char *, ...) __attribute__((format(printf, 1, 2)));
        static __inline__ int max(int a, int b) { return ({ int t = a > b ? a : b; t; }); }
        old_style(a, b)
            int a;
            char *b;
        {
            return a + *b;
        }
        int dispatch(int op)
        {
            static void *labels[] = { &&add, &&sub };
            int acc = 0;
            goto *labels[op & 1];
        add:
            acc += 1;
            goto done;
        sub:
            acc -= 1;
        done:
            return acc;
        }
        int generic(double d)
        {
            _Static_assert(sizeof(point) == 8, "point size");
            __typeof__(d) copy = d;
            long off = __builtin_offsetof(struct header, len);
            int matrix[2][3] = { { 1, 2, 3 }, [1] = { [0 ... 2] = 7 } };
            return _Generic(copy, double: 1, default: 0) + (int)off + matrix[1][2]
                + __builtin_types_compatible_p(int, signed) + (int)__alignof__(point);
        }
        void (*signal(int sig, void (*handler)(int)))(int);
        int (*(*fp)(int))[10];
        """;

    public static readonly string[] All = [LinkedList, Tokenizer, GnuAndOldStyle];
}
