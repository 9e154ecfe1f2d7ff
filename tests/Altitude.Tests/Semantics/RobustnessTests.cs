using Altitude.Diagnostics;
using Altitude.Front.Lexing;
using Altitude.Text;

namespace Altitude.Tests.Semantics;

/// <summary>
/// Mutated programs (tokens deleted, duplicated, swapped) must never make semantic analysis throw
/// or report an internal error: every outcome is a bound tree plus ordinary diagnostics.
/// </summary>
public class RobustnessTests
{
    private const string Seed = """
        typedef struct node { int v; struct node *next; unsigned bf : 3; } node;
        enum { A = 1, B = A << 2 };
        static int table[B] = { [1] = 2, 3, };
        union u { int i; double d; } uu = { .d = 1.5 };
        int sum(int n, ...) { __builtin_va_list ap; __builtin_va_start(ap, n); int t = __builtin_va_arg(ap, int); __builtin_va_end(ap); return t + n; }
        int f(node *p, int k) {
            int a[4] = { 1, 2 }, *q = a;
            char s[] = "xyz";
            switch (k) { case 1: return p->v; case 2 ... 3: break; default: k++; }
            for (int i = 0; i < 4; i++) { q[i] += i * sizeof(node); if (i > k) continue; }
            while (p && p->next) p = p->next;
            k = k ? (int)p->bf : table[0];
            goto out;
        out:
            return _Generic(k, int: k, default: 0) + s[1] + ({ int z = 3; z; }) + sum(2, 1, 2) + (int)__builtin_offsetof(node, next);
        }
        """;

    private const string InitializerSeed = """
        struct point { int x, y; };
        struct shape { const char *name; struct point pts[3]; union { int r; float f; }; unsigned flags : 4; int tail[]; };
        static struct shape shapes[] = {
            { "tri", { { 0, 0 }, [2] = { 1, 1 } }, .r = 2, 3 },
            [3] = { .name = "sq", .pts[1].y = 4, .f = 1.5f },
        };
        char msg[8] = { "hello" }, *ptrs[] = { msg, &msg[2], "lit" + 1, 0 };
        int grid[2][3] = { 1, 2, 3, [1][2] = 9 };
        typedef struct { int a[2]; struct point p; } pair;
        pair pairs[2] = { 1, 2, 3, 4, { { 5 } } };
        int g(void) { pair local = { .p = { .y = 1 } }; struct point q = (struct point){ 1, 2 }; return local.p.y + q.x + sizeof(shapes) / sizeof shapes[0]; }
        """;

    [Fact]
    public void InitializerMutationsNeverCrash() => Mutate(InitializerSeed, 300, 777);

    [Fact]
    public void MutationsNeverCrash() => Mutate(Seed, 400, 1234);

    private static void Mutate(string seed, int rounds, int randomSeed)
    {
        var tokens = Lexer.Tokenize(new SourceFile("seed.c", seed), new DiagnosticBag()).Where(t => t.Kind != TokenKind.EndOfFile).Select(t => t.Text).ToList();
        Sema.Clean(seed);
        var random = new Random(randomSeed);
        int withErrors = 0;
        for (int round = 0; round < rounds; round++)
        {
            var copy = new List<string>(tokens);
            int edits = 1 + random.Next(3);
            for (int e = 0; e < edits; e++)
            {
                int i = random.Next(copy.Count);
                switch (random.Next(3))
                {
                    case 0: copy.RemoveAt(i); break;
                    case 1: copy.Insert(i, copy[random.Next(copy.Count)]); break;
                    default:
                        if (i + 1 < copy.Count) (copy[i], copy[i + 1]) = (copy[i + 1], copy[i]);
                        break;
                }
            }
            var code = string.Join(" ", copy);
            var (_, bag) = Sema.Analyze(code);
            Assert.DoesNotContain(bag.Items, d => d.Id == "SEM000");
            if (bag.HasErrors) withErrors++;
        }
        Assert.True(withErrors > rounds / 4, "most mutations should be diagnosed");
    }
}
