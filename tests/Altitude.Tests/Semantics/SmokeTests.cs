using Altitude.Front.Semantics;
using Altitude.Types;

namespace Altitude.Tests.Semantics;

public class SmokeTests
{
    [Fact]
    public void RealisticProgramAnalysesCleanly()
    {
        var unit = Sema.Clean("""
            typedef unsigned long size_t;
            typedef __builtin_va_list va_list;
            struct node { int value; struct node *next; };
            enum color { RED, GREEN = 5, BLUE };
            static int counter;
            int table[] = { 1, 2, 3 };
            const char *names[] = { "a", "bb", 0 };
            struct node head = { .value = 1, .next = 0 };
            int sum(int n, ...);
            int printf(const char *fmt, ...);
            static int add(int a, int b) { return a + b; }
            int sum(int n, ...)
            {
                va_list ap;
                __builtin_va_start(ap, n);
                int total = 0;
                for (int i = 0; i < n; i++) total += __builtin_va_arg(ap, int);
                __builtin_va_end(ap);
                return total;
            }
            int main(void)
            {
                struct node n2 = { 2, &head };
                struct node *p = &n2;
                int arr[10];
                char buf[] = "hello";
                unsigned char u = 200;
                long l = u + 1;
                double d = l * 2.5;
                switch (p->value) { case 1: break; case GREEN: counter++; break; default: break; }
                for (int i = 0; i < 10; i++) arr[i] = add(i, (int)d);
                while (p) { p = p->next; if (counter > 3) continue; }
                do { counter--; } while (counter > 0);
                if (sizeof(struct node) != 16) return 1;
                goto done;
            done:
                printf("%d %s %zu\n", arr[3], buf, sizeof buf);
                return sum(3, 1, 2, 3) + BLUE;
            }
            """);
        Assert.Equal(3, unit.Functions.Length);
        var table = Sema.Global(unit, "table");
        Assert.Equal(3, ((ArrayType)table.Type).Length);
        var main = Sema.Function(unit, "main");
        Assert.Contains(main.Locals, s => s.Name == "buf" && ((ArrayType)s.Type).Length == 6);
        var n2 = main.Locals.First(s => s.Name == "n2");
        Assert.True(n2.IsAddressTaken);
        var u = main.Locals.First(s => s.Name == "u");
        Assert.False(u.IsAddressTaken);
    }
}
