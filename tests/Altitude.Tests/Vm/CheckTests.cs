namespace Altitude.Tests.Vm;

/// <summary>Each check: a program where it fires (diagnostic, exit 1) and a correct twin where it stays silent.</summary>
public class CheckTests
{
    private static void Fires(string source, string id, string? text = null)
    {
        var r = Vm.Run(source);
        Assert.True(r.ExitCode == 1, $"exit {r.ExitCode}\n{r.Stderr}");
        Assert.Contains($"[{id}]", r.Stderr);
        Assert.Matches(@"prog\.c:\d+:\d+: error: ", r.Stderr);
        Assert.Contains("    at main (", r.Stderr);
        if (text is not null) Assert.Contains(text, r.Stderr);
    }

    private static void Silent(string source, string stdout)
    {
        var r = Vm.Run(source);
        Assert.True(r.ExitCode == 0, $"exit {r.ExitCode}\n{r.Stderr}");
        Assert.Equal("", r.Stderr);
        Assert.Equal(stdout, r.Stdout);
    }

    private const string Heap = "#include <stdio.h>\n#include <stdlib.h>\nint main(void) { int *p = malloc(4 * sizeof(int)); for (int i = 0; i < N; i++) p[i] = i; printf(\"%d\\n\", p[3]); free(p); return 0; }";

    [Fact] public void HeapOverflowFires() => Fires(Heap.Replace("N", "5"), "ALT102", "16-byte malloc blob");
    [Fact] public void HeapOverflowTwinIsSilent() => Silent(Heap.Replace("N", "4"), "3\n");

    private const string Neighbour = "#include <stdio.h>\nint main(void) { int a[4]; int b[4] = {0}; int *p = a; for (int i = 0; i < N; i++) p[i] = 1; printf(\"%d\\n\", a[0] + b[0]); return 0; }";

    [Fact] public void LocalOverflowIntoNeighbourFires() => Fires(Neighbour.Replace("N", "6"), "ALT102", "stackframe blob 'a'");
    [Fact] public void LocalOverflowTwinIsSilent() => Silent(Neighbour.Replace("N", "4"), "1\n");

    private const string AfterFree = "#include <stdio.h>\n#include <stdlib.h>\nint main(void) { int *p = malloc(sizeof *p); *p = 5; int v = *p; FREE printf(\"%d\\n\", *p + v); free(p); return 0; }";

    [Fact] public void UseAfterFreeFires() => Fires(AfterFree.Replace("FREE", "free(p);"), "ALT104", "freed at");
    [Fact] public void UseAfterFreeTwinIsSilent() => Silent(AfterFree.Replace("FREE", ""), "10\n");

    private const string Double = "#include <stdlib.h>\nint main(void) { char *p = malloc(8); char *q = malloc(8); free(p); free(X); return 0; }";

    [Fact] public void DoubleFreeFires() => Fires(Double.Replace("X", "p"), "ALT106");
    [Fact] public void DoubleFreeTwinIsSilent() => Silent(Double.Replace("X", "q"), "");

    private const string Null = "#include <stdio.h>\nstruct s { int v; };\nint main(void) { struct s x = {7}; struct s *p = X; printf(\"%d\\n\", p->v); return 0; }";

    [Fact] public void NullDereferenceFires() => Fires(Null.Replace("X", "0"), "ALT108");
    [Fact] public void NullDereferenceTwinIsSilent() => Silent(Null.Replace("X", "&x"), "7\n");

    private const string Overflow = "#include <stdio.h>\n#include <limits.h>\nint main(void) { int x = INT_MAX - D; x = x + 1; long y = LONG_MAX - D; y = y + 1; printf(\"%d %ld\\n\", x > 0, y > 0); return 0; }";

    [Fact] public void SignedOverflowFires() => Fires(Overflow.Replace("D", "0"), "ALT201", "2147483647 + 1");
    [Fact] public void SignedOverflowTwinIsSilent() => Silent(Overflow.Replace("D", "1"), "1 1\n");

    [Fact] public void UnsignedWrapIsNotOverflow() =>
        Silent("#include <stdio.h>\nint main(void) { unsigned x = 0xFFFFFFFFu; x = x + 1; unsigned long y = 0; y = y - 1; printf(\"%u %lu\\n\", x, y); return 0; }", "0 18446744073709551615\n");

    private const string Division = "#include <stdio.h>\nint main(int argc, char **argv) { int d = argc - D; printf(\"%d %d\\n\", 10 / d, 10 % d); return 0; }";

    [Fact] public void DivisionByZeroFires() => Fires(Division.Replace("D", "1"), "ALT202");
    [Fact] public void DivisionTwinIsSilent() => Silent(Division.Replace("D", "0"), "10 0\n");

    [Fact] public void IntMinDividedByMinusOneFires() =>
        Fires("#include <limits.h>\nint main(int argc, char **argv) { int m = INT_MIN; int d = -argc; return m / d; }", "ALT201");

    private const string Shift = "#include <stdio.h>\nint main(int argc, char **argv) { int n = argc + S; printf(\"%d\\n\", 1 << n); return 0; }";

    [Fact] public void ShiftOutOfRangeFires() => Fires(Shift.Replace("S", "31"), "ALT203");
    [Fact] public void ShiftTwinIsSilent() => Silent(Shift.Replace("S", "3"), "16\n");

    [Fact] public void LeftShiftOfNegativeFires() =>
        Fires("int main(int argc, char **argv) { int x = -argc; return x << 1; }", "ALT203", "negative");

    [Fact]
    public void StackOverflowIsADiagnosticNotAHostCrash()
    {
        var r = Vm.Run("static int down(int n) { return down(n + 1) + 1; }\nint main(void) { return down(0); }");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("[ALT903]", r.Stderr);
        Assert.Contains("at down (", r.Stderr);
    }

    [Fact]
    public void StepLimitStopsAnEndlessLoop()
    {
        var r = Vm.Run("int main(void) { for (;;) { } }", "--max-steps", "10000");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("[ALT904]", r.Stderr);
    }

    [Fact]
    public void UnsupportedLibraryFunctionIsALocatedError()
    {
        var r = Vm.Run("#include <unistd.h>\nint main(void) { pid_t p = fork(); return p != 0; }");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("call to unsupported library function 'fork' [ALT905]", r.Stderr);
        Assert.Contains("prog.c:2:", r.Stderr);
    }

    [Fact]
    public void UninitialisedLoadFires()
    {
        var r = Vm.Run("#include <stdio.h>\nint main(void) { int a[2]; a[0] = 1; printf(\"%d\\n\", a[1]); return 0; }");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("[ALT205]", r.Stderr);
    }

    [Fact]
    public void FaultAfterOutputFlushesStdoutFirst()
    {
        var r = Vm.Run("#include <stdio.h>\n#include <stdlib.h>\nint main(void) { puts(\"before\"); char *p = malloc(2); p[2] = 1; return 0; }");
        Assert.Equal("before\n", r.Stdout);
        Assert.Contains("[ALT102]", r.Stderr);
    }

    private const string Vla = "#include <stdio.h>\nint main(int argc, char **argv) { int n = argc - D; int a[n]; for (int i = 0; i < n; i++) a[i] = i; printf(\"%zu\\n\", sizeof a); return 0; }";

    [Fact] public void NonPositiveVlaSizeFires() => Fires(Vla.Replace("D", "1"), "ALT208");
    [Fact] public void VlaTwinIsSilent() => Silent(Vla.Replace("D", "-2"), "12\n");

    [Fact]
    public void VlaOverflowIsOutOfBounds() =>
        Fires("int main(int argc, char **argv) { int n = argc + 1; int a[n]; a[n] = 1; return a[0]; }", "ALT102", "alloca");

    private const string Member = "#include <stdio.h>\nstruct s { int a[4]; int b; };\nint main(void) { struct s x = {{0}, 5}; int *end = &x.a[4]; for (int i = 0; i < N; i++) x.a[i] = i; printf(\"%d %d\\n\", x.b, (int)(end - x.a)); return 0; }";

    [Fact] public void IndexIntoTheNextMemberFires() => Fires(Member.Replace("N", "5"), "ALT209", "array index 4 is out of range");
    [Fact] public void IndexTwinIsSilentAndOnePastTheEndAddressIsAllowed() => Silent(Member.Replace("N", "4"), "5 4\n");

    [Fact]
    public void UnsupportedConstructOnlyMattersWhenItsFunctionRuns()
    {
        const string source = "#include <stdio.h>\nstatic int jump(int x) { ({ if (x) goto out; 0; }); return 0; out: return 1; }\nint main(int argc, char **argv) { if (argc > CALL) printf(\"%d\\n\", jump(1)); puts(\"ok\"); return 0; }";
        var quiet = Vm.Run(source.Replace("CALL", "5"));
        Assert.Equal(0, quiet.ExitCode);
        Assert.Equal("ok\n", quiet.Stdout);
        var loud = Vm.Run(source.Replace("CALL", "0"));
        Assert.Equal(1, loud.ExitCode);
        Assert.Contains("[ALT906]", loud.Stderr);
        Assert.Contains("in function 'jump'", loud.Stderr);
    }

    private const string Printf = "#include <stdio.h>\nint main(void) { double d = 2.5; printf(\"%FMT\\n\", d); return 0; }";

    [Fact] public void PrintfArgumentOfTheWrongKindFires() => Fires(Printf.Replace("FMT", "d"), "ALT301", "expects an integer");
    [Fact] public void PrintfTwinIsSilent() => Silent(Printf.Replace("FMT", ".1f"), "2.5\n");

    private const string VaArg = "#include <stdio.h>\n#include <stdarg.h>\nstatic double first(int n, ...) { va_list ap; va_start(ap, n); double d = va_arg(ap, double); va_end(ap); return d; }\nint main(void) { printf(\"%.1f\\n\", first(1, ARG)); return 0; }";

    [Fact] public void VaArgOfTheWrongTypeFires() => Fires(VaArg.Replace("ARG", "3"), "ALT301", "va_arg reads a double");
    [Fact] public void VaArgTwinIsSilent() => Silent(VaArg.Replace("ARG", "3.0"), "3.0\n");

    private const string SlotLocal = "#include <stdio.h>\nint main(int argc, char **argv) { int x; if (argc > LIMIT) x = 1; printf(\"%d\\n\", x); return 0; }";

    [Fact] public void UninitialisedRegisterLikeLocalFires() => Fires(SlotLocal.Replace("LIMIT", "5"), "ALT205", "uninitialised local 'x'");
    [Fact] public void InitialisedLocalTwinIsSilent() => Silent(SlotLocal.Replace("LIMIT", "0"), "1\n");

    private const string Wide = "#include <stdio.h>\nint main(void) { __int128 x = ((__int128)1 << 126) - D; x = x + x; unsigned __int128 u = 0; u = u - 1; printf(\"%d %d\\n\", x > 0, (int)(u >> 127)); return 0; }";

    [Fact] public void Int128SignedOverflowFires() => Fires(Wide.Replace("D", "0"), "ALT201", "cannot be represented in type '__int128'");
    [Fact] public void Int128TwinIsSilentAndUnsignedWraps() => Silent(Wide.Replace("D", "1"), "1 1\n");

    [Fact]
    public void StructHackTrailingArrayIsBoundedByItsAllocation()
    {
        // The pre-C99 idiom (char data[1] as the last member of an over-allocated struct) is
        // treated as a flexible array, as compilers do; running past the allocation still fires.
        const string source = "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\nstruct str { int len; char data[1]; };\nint main(void) { struct str *s = malloc(sizeof *s + 16); s->len = 5; strcpy(s->data, \"hello\"); for (int i = 0; i < N; i++) s->data[i] = 'x'; printf(\"%d %c\\n\", s->len, s->data[4]); free(s); return 0; }";
        Silent(source.Replace("N", "5"), "5 x\n");
        Fires(source.Replace("N", "30"), "ALT102", "malloc blob");
    }
}
