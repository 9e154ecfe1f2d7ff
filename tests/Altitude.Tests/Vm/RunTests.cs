namespace Altitude.Tests.Vm;

/// <summary>Small C programs run end to end: stdout and exit status.</summary>
public class RunTests
{
    [Fact]
    public void HelloWorldAndExitStatusFromMain()
    {
        var r = Vm.Run("#include <stdio.h>\nint main(void) { printf(\"hello %s\\n\", \"world\"); return 3; }");
        Assert.Equal("hello world\n", r.Stdout);
        Assert.Equal(3, r.ExitCode);
    }

    [Fact]
    public void IntegerArithmeticAtEveryWidth()
    {
        var r = Vm.Run("""
            #include <stdio.h>
            int main(void) {
                signed char sc = 127; sc = (signed char)(sc + 1);
                unsigned char uc = 255; uc++;
                short s = -32768; s = (short)(s - 1);
                unsigned short us = 0; us--;
                unsigned u = 0; u -= 1;
                long l = 1L << 62;
                unsigned long ul = 0; ul--;
                long long ll = -9223372036854775807LL - 1;
                int q = -7 / 2, rm = -7 % 2;
                printf("%d %u %d %u %u %ld %lu %lld %d %d\n", sc, uc, s, us, u, l, ul, ll, q, rm);
                printf("%d %u %ld\n", -5 >> 1, 0x80000000u >> 31, (long)(unsigned)-1);
                return 0;
            }
            """);
        Assert.Equal("-128 0 32767 65535 4294967295 4611686018427387904 18446744073709551615 -9223372036854775808 -3 -1\n-3 1 4294967295\n", r.Stdout);
        Assert.Equal(0, r.ExitCode);
    }

    [Fact]
    public void FloatArithmeticIsBinary32AndDoubleBinary64()
    {
        var r = Vm.Run("""
            #include <stdio.h>
            int main(void) {
                float f = 0.1f; float g = f * 3.0f; double d = 0.1 * 3.0;
                printf("%.10f %.17g %d\n", g, d, (int)2.9);
                printf("%g %g\n", 1e300 * 1e10, (double)(float)16777217);
                return 0;
            }
            """);
        Assert.Equal("0.3000000119 0.30000000000000004 2\ninf 1.67772e+07\n", r.Stdout);
    }

    [Fact]
    public void LoopsRecursionAndGoto()
    {
        var r = Vm.Run("""
            #include <stdio.h>
            static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
            int main(void) {
                int sum = 0;
                for (int i = 0; i < 10; i++) { if (i == 3) continue; sum += i; }
                int j = 0;
            again:
                j++;
                if (j < 5) goto again;
                switch (j) { case 4: puts("four"); break; case 5: puts("five"); default: puts("fall"); }
                printf("%d %d %d\n", sum, j, fib(20));
                return 0;
            }
            """);
        Assert.Equal("five\nfall\n42 5 6765\n", r.Stdout);
    }

    [Fact]
    public void PointersArraysAndStructsByValue()
    {
        var r = Vm.Run("""
            #include <stdio.h>
            struct P { int x; double y; char name[8]; };
            static struct P scale(struct P p, int k) { p.x *= k; p.y *= k; return p; }
            int main(void) {
                int a[5] = {1, 2, 3};
                int *p = a + 1;
                *p += 10;
                p[2] = 7;
                struct P s = { 2, 1.5, "pt" };
                struct P t = scale(s, 3);
                printf("%d %d %d %d %d %td\n", a[0], a[1], a[2], a[3], a[4], &a[4] - p);
                printf("%d %.1f %s | %d %.1f %s\n", s.x, s.y, s.name, t.x, t.y, t.name);
                return 0;
            }
            """);
        Assert.Equal("1 12 3 7 0 3\n2 1.5 pt | 6 4.5 pt\n", r.Stdout);
    }

    [Fact]
    public void FunctionPointersAndQsort()
    {
        var r = Vm.Run("""
            #include <stdio.h>
            #include <stdlib.h>
            static int add(int a, int b) { return a + b; }
            static int mul(int a, int b) { return a * b; }
            static int cmp(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }
            int main(void) {
                int (*ops[2])(int, int) = { add, mul };
                int v[5] = { 5, 3, 9, 1, 4 };
                qsort(v, 5, sizeof v[0], cmp);
                printf("%d %d | %d %d %d %d %d\n", ops[0](3, 4), ops[1](3, 4), v[0], v[1], v[2], v[3], v[4]);
                return 0;
            }
            """);
        Assert.Equal("7 12 | 1 3 4 5 9\n", r.Stdout);
    }

    [Fact]
    public void MallocLinkedList()
    {
        var r = Vm.Run("""
            #include <stdio.h>
            #include <stdlib.h>
            struct node { int value; struct node *next; };
            int main(void) {
                struct node *head = NULL;
                for (int i = 1; i <= 4; i++) {
                    struct node *n = malloc(sizeof *n);
                    n->value = i * i; n->next = head; head = n;
                }
                int total = 0;
                while (head) { struct node *next = head->next; total += head->value; printf("%d ", head->value); free(head); head = next; }
                printf("= %d\n", total);
                return 0;
            }
            """);
        Assert.Equal("16 9 4 1 = 30\n", r.Stdout);
        Assert.Equal(0, r.ExitCode);
    }

    [Fact]
    public void StringFunctions()
    {
        var r = Vm.Run("""
            #include <stdio.h>
            #include <string.h>
            #include <stdlib.h>
            #include <ctype.h>
            int main(void) {
                char buf[32];
                strcpy(buf, "hello");
                strcat(buf, ", world");
                char *d = strdup(buf);
                d[0] = (char)toupper(d[0]);
                printf("%zu %d %d %s %s %s\n", strlen(buf), strcmp("a", "b") < 0, strncmp("abc", "abd", 2), strchr(buf, 'w'), strstr(buf, "lo,"), d);
                char n[16]; snprintf(n, sizeof n, "%05d|%-3s|", 42, "x");
                printf("%s %d %ld %d\n", n, atoi("  -17x"), strtol("ff", NULL, 16), memcmp("ab", "ac", 2) < 0);
                free(d);
                return 0;
            }
            """);
        Assert.Equal("12 1 0 world lo, world Hello, world\n00042|x  | -17 255 1\n", r.Stdout);
    }

    [Fact]
    public void VariadicUserFunctionWithStdarg()
    {
        var r = Vm.Run("""
            #include <stdio.h>
            #include <stdarg.h>
            static double sum(int n, ...) {
                va_list ap; va_start(ap, n);
                double total = 0;
                for (int i = 0; i < n; i++) total += i % 2 ? va_arg(ap, double) : va_arg(ap, int);
                va_end(ap);
                return total;
            }
            static void say(const char *fmt, ...) { va_list ap; va_start(ap, fmt); vprintf(fmt, ap); va_end(ap); }
            int main(void) { printf("%.2f\n", sum(4, 1, 2.5, 3, 0.25)); say("%s=%d\n", "x", 9); return 0; }
            """);
        Assert.Equal("6.75\nx=9\n", r.Stdout);
    }

    [Fact]
    public void ArgvAndExitFlushBufferedOutput()
    {
        var r = Vm.Run("""
            #include <stdio.h>
            #include <stdlib.h>
            static void bye(void) { puts("bye"); }
            int main(int argc, char **argv) { atexit(bye); printf("%d %s %s", argc, argv[1], argv[2]); exit(4); }
            """, "--", "one", "two");
        Assert.Equal("3 one twobye\n", r.Stdout);
        Assert.Equal(4, r.ExitCode);
    }

    [Fact]
    public void AssertFailurePrintsGlibcMessageAndExits134()
    {
        var r = Vm.Run("#include <assert.h>\nint main(void) { int x = 1; assert(x == 2); return 0; }");
        Assert.Equal(134, r.ExitCode);
        Assert.Contains("prog: ", r.Stderr);
        Assert.Contains("main: Assertion `x == 2' failed.", r.Stderr);
    }

    [Fact]
    public void StructResultsOfARecursiveCallSiteAreKeptPerActivation()
    {
        // Output checked against gcc: 55 550.
        var r = Vm.Run("""
            #include <stdio.h>
            struct v { long a, b; };
            static struct v make(long n) { struct v r = { n, n * 10 }; return r; }
            static struct v add(struct v x, struct v y) { struct v r = { x.a + y.a, x.b + y.b }; return r; }
            static struct v fib(int n) { if (n < 2) return make(n); return add(fib(n - 1), fib(n - 2)); }
            int main(void) { struct v r = fib(10); printf("%ld %ld\n", r.a, r.b); return 0; }
            """);
        Assert.Equal("55 550\n", r.Stdout);
    }

    [Fact]
    public void StaticTableOfLabelAddressesDispatches()
    {
        // A threaded interpreter's dispatch table (GNU C: static initializer of &&label).
        var r = Vm.Run("""
            #include <stdio.h>
            static int run(const unsigned char *code) {
                static const void *const table[] = { &&op_inc, &&op_dbl, &&op_end };
                int acc = 1;
                goto *table[*code++];
            op_inc: acc += 1; goto *table[*code++];
            op_dbl: acc *= 2; goto *table[*code++];
            op_end: return acc;
            }
            int main(void) { const unsigned char prog[] = { 0, 1, 1, 0, 2 }; printf("%d\n", run(prog)); return 0; }
            """);
        Assert.Equal("9\n", r.Stdout);
    }

    [Fact]
    public void ArgumentsAreEvaluatedLastFirstAsGccDoes()
    {
        // Unspecified in C (6.5.2.2p10); gcc -O0 on x86-64 prints "3 2 1" and "5 4".
        var r = Vm.Run("""
            #include <stdio.h>
            static int n;
            static int next(void) { return ++n; }
            static void show(int a, int b, int c) { printf("%d %d %d\n", a, b, c); }
            int main(void) { show(next(), next(), next()); printf("%d %d\n", next(), next()); return 0; }
            """);
        Assert.Equal("3 2 1\n5 4\n", r.Stdout);
    }

    [Fact]
    public void TwoFilesLinkByExternalName()
    {
        var a = Cli.CliRunner.WriteTemp("int twice(int x);\nextern int base;\nint main(void) { return twice(base); }", "a.c");
        var b = Cli.CliRunner.WriteTemp("int base = 20;\nint twice(int x) { return x * 2 + 1; }", "b.c");
        var r = Cli.CliRunner.Run("run", a, b);
        Assert.Equal(41, r.ExitCode);
    }

    [Fact]
    public void BitFieldsFollowTheSystemVLayout()
    {
        var r = Vm.Run("""
            #include <stdio.h>
            struct S { unsigned a : 3; int b : 5; unsigned c : 1; char d; unsigned long e : 40; };
            int main(void) {
                struct S s = { 5, -3, 1, 'x', 123456789012 };
                s.a += 4; s.b--;
                printf("%zu %u %d %u %c %lu\n", sizeof s, s.a, s.b, s.c, s.d, (unsigned long)s.e);
                return 0;
            }
            """);
        Assert.Equal("8 1 -4 1 x 123456789012\n", r.Stdout);
    }

    [Fact]
    public void SscanfStoresThroughGuestPointers()
    {
        var r = Vm.Run("""
            #include <stdio.h>
            int main(void) {
                int a; double d; char w[8];
                int n = sscanf("12 3.5 hey", "%d %lf %7s", &a, &d, w);
                printf("%d %d %.1f %s\n", n, a, d, w);
                return 0;
            }
            """);
        Assert.Equal("3 12 3.5 hey\n", r.Stdout);
    }

    [Fact]
    public void SetjmpLongjmpUnwindsToTheSetjmpStatement()
    {
        var r = Vm.Run("""
            #include <stdio.h>
            #include <setjmp.h>
            static jmp_buf env;
            static void deep(int n) { if (n == 0) longjmp(env, 7); deep(n - 1); }
            int main(void) {
                int code = setjmp(env);
                if (code == 0) { puts("first"); deep(5); }
                printf("back with %d\n", code);
                return 0;
            }
            """);
        Assert.Equal("first\nback with 7\n", r.Stdout);
    }

    [Fact]
    public void VariableLengthArrays()
    {
        var r = Vm.Run("""
            #include <stdio.h>
            int main(int argc, char **argv) {
                int n = argc + 3;
                double a[n];
                for (int i = 0; i < n; i++) a[i] = i * 0.5;
                printf("%zu %.1f\n", sizeof a, a[n - 1]);
                return 0;
            }
            """);
        Assert.Equal("32 1.5\n", r.Stdout);
    }
}
