namespace Altitude.Tests.Vm;

/// <summary>
/// Values carry validity: an invalid value (uninitialised, padding, an int read as a pointer)
/// propagates through arithmetic, copies, stores, calls and returns, and is reported only where it
/// is used suspiciously — each case with a correct twin that stays silent.
/// </summary>
public class ValidityTests
{
    private static string Fires(string source, string id, string what, int line)
    {
        var r = Vm.Run(source);
        Assert.True(r.ExitCode == 1, $"exit {r.ExitCode}\n{r.Stderr}");
        Assert.Contains($"[{id}]", r.Stderr);
        Assert.Contains($"prog.c:{line}:", r.Stderr.Split('\n')[0]);
        Assert.Contains(what, r.Stderr);
        return r.Stdout;
    }

    private static void Silent(string source, string stdout)
    {
        var r = Vm.Run(source);
        Assert.True(r.ExitCode == 0, $"exit {r.ExitCode}\n{r.Stderr}");
        Assert.Equal("", r.Stderr);
        Assert.Equal(stdout, r.Stdout);
    }

    // The uninitialised local flows through arithmetic and two copies; the report is at the branch
    // (line 7) and names where the value became invalid (line 4).
    private const string Branch = """
        #include <stdio.h>
        int main(int argc, char **argv) {
            int x; if (argc > LIMIT) x = 2;
            int y = x + 1;
            int z = y * 2;
            puts("computed");
            if (z > 3) puts("big"); else puts("small");
            return 0;
        }
        """;

    [Fact]
    public void BranchOnAPropagatedUninitialisedValueFires()
    {
        var stdout = Fires(Branch.Replace("LIMIT", "5"), "ALT205", "the branch depends on an indeterminate value", 7);
        Assert.Equal("computed\n", stdout); // nothing is reported where the value was only computed and copied
        Assert.Contains("uninitialised local 'x'", Vm.Run(Branch.Replace("LIMIT", "5")).Stderr);
        Assert.Contains("prog.c:4:", Vm.Run(Branch.Replace("LIMIT", "5")).Stderr);
    }

    [Fact] public void BranchTwinIsSilent() => Silent(Branch.Replace("LIMIT", "0"), "computed\nbig\n");

    // Heap bytes never written: copied element by element into a local array, into a struct,
    // passed by value to a function that adds them, returned, and printed.
    private const string Printed = """
        #include <stdio.h>
        #include <stdlib.h>
        struct pair { int a, b; };
        static int sum(struct pair p) { return p.a + p.b; }
        int main(void) {
            int *buf = malloc(4 * sizeof *buf);
            buf[0] = 1; buf[1] = 2; buf[3] = 4; SET
            int copy[4];
            for (int i = 0; i < 4; i++) copy[i] = buf[i];
            struct pair p = { copy[0], copy[2] };
            int s = sum(p);
            puts("computed");
            printf("%d\n", s);
            free(buf);
            return 0;
        }
        """;

    [Fact]
    public void PrintingAValueCopiedFromUninitialisedHeapFires()
    {
        var stdout = Fires(Printed.Replace("SET", ""), "ALT205", "argument 2 of 'printf' depends on an indeterminate value", 13);
        Assert.Equal("computed\n", stdout);
        Assert.Contains("16-byte malloc blob", Vm.Run(Printed.Replace("SET", "")).Stderr);
    }

    [Fact] public void PrintedTwinIsSilent() => Silent(Printed.Replace("SET", "buf[2] = 3;"), "computed\n4\n");

    // The seed's first union case: u.num written, u.str read, the value used.
    private const string Union = """
        #include <stdio.h>
        union U { int num; char *str; void *ptr; };
        int main(void) {
            static char text[] = "text";
            union U u;
            WRITE
            char *s = u.str;
            puts("read");
            printf("%s\n", s);
            return 0;
        }
        """;

    [Fact]
    public void ReadingAPointerMemberAfterWritingTheIntMemberFires()
    {
        var stdout = Fires(Union.Replace("WRITE", "u.num = 42;"), "ALT302", "argument 2 of 'printf' depends on an invalid pointer value", 9);
        Assert.Equal("read\n", stdout);
        Assert.Contains("written as int, read as a pointer", Vm.Run(Union.Replace("WRITE", "u.num = 42;")).Stderr);
    }

    [Fact] public void ReadingAnotherPointerMemberIsSilent() => Silent(Union.Replace("WRITE", "u.ptr = text;"), "read\ntext\n");

    [Fact]
    public void DereferencingThePunnedPointerFires() =>
        Fires(Union.Replace("WRITE", "u.num = 42;").Replace("printf(\"%s\\n\", s);", "char c = *s; (void)c;"),
            "ALT302", "the address of this access depends on an invalid pointer value", 9);

    [Fact]
    public void AnIntegerHoldingAnExposedAddressReadsAsAPointer() =>
        Silent("""
            #include <stdio.h>
            #include <stdint.h>
            union U { uintptr_t num; char *str; };
            int main(void) {
                static char text[] = "exposed";
                union U u;
                u.num = (uintptr_t)text;
                puts(u.str);
                u.num = 0;
                puts(u.str == NULL ? "null" : "not null");
                return 0;
            }
            """, "exposed\nnull\n");

    [Fact]
    public void UnionPunningBetweenFloatAndIntegerIsNotReported() =>
        Silent("""
            #include <stdio.h>
            union F { float f; unsigned u; };
            int main(void) {
                union F x;
                x.f = 1.0f;
                if (x.u == 0x3f800000u) puts("ieee");
                x.u = 0x40000000u;
                printf("%.1f\n", x.f);
                return 0;
            }
            """, "ieee\n2.0\n");

    // An uninitialised index: the address of the access depends on it.
    private const string Index = """
        #include <stdio.h>
        int main(int argc, char **argv) {
            int table[4] = { 10, 20, 30, 40 };
            int i; if (argc > LIMIT) i = 2;
            int j = i;
            printf("%d\n", table[j]);
            return 0;
        }
        """;

    [Fact] public void IndexingWithAnUninitialisedValueFires() => Fires(Index.Replace("LIMIT", "5"), "ALT205", "the address of this access depends", 6);
    [Fact] public void IndexTwinIsSilent() => Silent(Index.Replace("LIMIT", "0"), "30\n");

    // Through a call: the callee branches on its parameter; the report is in the callee.
    private const string Callee = """
        #include <stdio.h>
        static const char *sign(int v) {
            return v < 0 ? "negative" : "non-negative";
        }
        int main(int argc, char **argv) {
            int v; if (argc > LIMIT) v = -3;
            puts(sign(v));
            return 0;
        }
        """;

    [Fact]
    public void ConditionInTheCalleeFires()
    {
        Fires(Callee.Replace("LIMIT", "5"), "ALT205", "the condition depends on an indeterminate value", 3);
        Assert.Contains("    at sign (", Vm.Run(Callee.Replace("LIMIT", "5")).Stderr);
    }

    [Fact] public void CalleeTwinIsSilent() => Silent(Callee.Replace("LIMIT", "0"), "negative\n");

    private const string Switch = """
        #include <stdio.h>
        int main(int argc, char **argv) {
            int k; if (argc > LIMIT) k = 1;
            switch (k) { case 1: puts("one"); break; default: puts("other"); }
            return 0;
        }
        """;

    [Fact] public void SwitchOnAnUninitialisedValueFires() => Fires(Switch.Replace("LIMIT", "5"), "ALT205", "the switch depends", 4);
    [Fact] public void SwitchTwinIsSilent() => Silent(Switch.Replace("LIMIT", "0"), "one\n");

    private const string Exit = """
        int main(int argc, char **argv) {
            int status; if (argc > LIMIT) status = 3;
            return status;
        }
        """;

    [Fact] public void ReturningAnUninitialisedStatusFromMainFires() => Fires(Exit.Replace("LIMIT", "5"), "ALT205", "the exit status returned by main", 3);

    [Fact]
    public void ExitStatusTwinIsSilent()
    {
        var r = Vm.Run(Exit.Replace("LIMIT", "0"));
        Assert.Equal(3, r.ExitCode);
        Assert.Equal("", r.Stderr);
    }

    [Fact]
    public void ValuesComputedAndDiscardedAreNotReported() =>
        // Copies of partly initialised structs, a discarded comma operand and an unused copy are
        // not uses; padding copied by struct assignment is not either.
        Silent("""
            #include <stdio.h>
            #include <string.h>
            struct s { char c; int i; double d; };
            int main(void) {
                struct s a, b;
                a.c = 'x'; a.i = 7;
                b = a;
                int arr[3]; arr[0] = 1;
                int q = (arr[1], 5);
                int copy = arr[2]; (void)copy;
                printf("%c %d %d\n", b.c, b.i, q);
                return 0;
            }
            """, "x 7 5\n");

    [Fact]
    public void PrintingAnUninitialisedStringFires() =>
        Fires("""
            #include <stdio.h>
            int main(void) {
                char name[8];
                name[0] = 'a';
                printf("%s\n", name);
                return 0;
            }
            """, "ALT205", "the string this library function reads depends on an indeterminate value", 5);

    private const string Divisor = """
        #include <stdio.h>
        #include <stdlib.h>
        int main(void) {
            int *d = malloc(sizeof *d);
            SET
            int q = 100 / *d;
            printf("%d\n", q);
            free(d);
            return 0;
        }
        """;

    [Fact]
    public void DividingByAnUninitialisedValueIsReportedAsSuchNotAsDivisionByZero() =>
        Fires(Divisor.Replace("SET", ""), "ALT205", "this operation depends on an indeterminate value", 6);

    [Fact] public void DivisorTwinIsSilent() => Silent(Divisor.Replace("SET", "*d = 7;"), "14\n");
}
