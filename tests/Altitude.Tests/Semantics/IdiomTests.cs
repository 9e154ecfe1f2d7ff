namespace Altitude.Tests.Semantics;

/// <summary>Common C idioms from real programs analyse without any diagnostic.</summary>
public class IdiomTests
{
    [Fact]
    public void RealProgramIdioms()
    {
        Sema.Clean("""
            typedef unsigned long size_t;
            typedef struct list { struct list *next; int key; } list;
            void qsort(void *base, size_t n, size_t sz, int (*cmp)(const void *, const void *));
            int cmp(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }
            int twice(int x) { return 2 * x; }
            static const struct { const char *name; int (*fn)(int); } ops[] = { { "a", twice }, { "b", 0 } };
            int (*signal(int sig, int (*func)(int)))(int);
            char *strings[] = { [0] = "a", [5] = "b" };
            union { unsigned u; float f; } pun = { .f = 1.0f };
            enum { N = sizeof(int[4]) / sizeof(int) };
            int arr2[N];
            struct s { int a; } sfn(void);
            int *ip = &(int){ 3 };
            const char hex[] = "0123456789abcdef";
            static int tbl[256] = { ['a'] = 1, ['z'] = 2 };
            struct s2 { int x; } arr3[] = { 1, 2, 3 };
            unsigned char uc = -1;
            long zero = (long)(void *)0;
            """);
        Sema.Clean("""
            typedef unsigned long size_t;
            typedef struct list { struct list *next; int key; } list;
            struct s { int a; } sfn(void);
            void qsort(void *base, size_t n, size_t sz, int (*cmp)(const void *, const void *));
            int cmp(const void *a, const void *b);
            int use(list *head, int *arr, int c, void *p, char *buf) {
                _Bool b = p;
                int a1, b1, c1, i = 0, j = 1, k = 2, x, y = 0, z = 1;
                qsort(arr, 10, sizeof arr[0], cmp);
                a1 = b1 = c1 = sfn().a;
                x = y ? : z;
                i = (j++, k);
                char c2 = "abc"[1];
                int m = sizeof("abc");
                switch (c) { case 'a': case 'b': break; default: ; }
                do { } while (0);
                for (;;) break;
                list *it;
                for (it = head; it; it = it->next) if (it->key == c) break;
                list *owner = (list *)((char *)&head->key - __builtin_offsetof(list, key));
                buf[0] = (char)(c & 0xff);
                *buf++ = 'x';
                arr[c] += arr[c - 1] << 2;
                if (!p || !buf) return -1;
                return b + c2 + m + x + i + (owner == head) + (int)(p != 0);
            }
            """);
    }
}
