using System.Diagnostics;
using System.Text;
using Altitude.Tests.Vm;

namespace Altitude.Tests.Libc;

/// <summary>
/// math.h conformance: one C program evaluates every math function on special values and thousands of
/// pseudo-random inputs and prints the result bits and errno. It is built with gcc (glibc's libm) and
/// run under Altitude; the two outputs must be identical line for line. The gcc build keeps gcc's
/// builtins, as real programs do.
/// </summary>
public class MathGccTests
{
    private const int RandomInputs = 400;

    private static string Program()
    {
        var sb = new StringBuilder();
        sb.Append("""
            #define _GNU_SOURCE
            #include <stdio.h>
            #include <string.h>
            #include <errno.h>
            #include <math.h>
            #include <float.h>
            static unsigned long long state = 0x9E3779B97F4A7C15ull;
            static unsigned long long next(void) { state ^= state << 13; state ^= state >> 7; state ^= state << 17; return state; }
            static unsigned long long bd(double x) { unsigned long long b; memcpy(&b, &x, 8); return b; }
            static unsigned bf(float x) { unsigned b; memcpy(&b, &x, 4); return b; }
            static double special[] = { 0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, 3.0, -2.5, 10.0, 100.0, 710.0, -745.5, 1e-310, -1e-310,
                DBL_MIN, DBL_MAX, -DBL_MAX, 1e300, 1e-300, 0.1, 3.141592653589793, 1.5707963267948966, 1e22, 4.5e15, -7.0, 0.999999, 1.000001 };
            #define NSPECIAL (sizeof special / sizeof special[0])
            /* Input i: the specials, then values of several magnitudes, then arbitrary bit patterns. */
            static double input(int i) {
                if (i < (int)NSPECIAL) return special[i];
                unsigned long long r = next();
                switch (i % 4) {
                case 0: return (double)(long long)(r >> 11) / 9007199254740992.0 * 20.0 - 10.0;
                case 1: return (double)(long long)(r >> 11) / 9007199254740992.0 * 2000.0 - 1000.0;
                case 2: return (double)(long long)(r >> 11) / 9007199254740992.0 * 2.0 - 1.0;
                default: { double x; memcpy(&x, &r, 8); return x; }
                }
            }
            #define D1(f) for (int i = 0; i < N; i++) { double x = input(i); errno = 0; double r = f(x); printf(#f " %d %016llx %d\n", i, bd(r), errno); }
            #define F1(f) for (int i = 0; i < N; i++) { float x = (float)input(i); errno = 0; float r = f(x); printf(#f " %d %08x %d\n", i, bf(r), errno); }
            #define D2(f) for (int i = 0; i < N; i++) { double x = input(i), y = input(N - 1 - i); errno = 0; double r = f(x, y); printf(#f " %d %016llx %d\n", i, bd(r), errno); }
            #define F2(f) for (int i = 0; i < N; i++) { float x = (float)input(i), y = (float)input(N - 1 - i); errno = 0; float r = f(x, y); printf(#f " %d %08x %d\n", i, bf(r), errno); }
            #define L1(f) for (int i = 0; i < N; i++) { double x = input(i) / 1e3; errno = 0; long r = f(x); printf(#f " %d %ld %d\n", i, r, errno); }
            int main(void) {
            """);
        sb.Append($"    const int N = {RandomInputs};\n");
        string[] unary = ["sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "exp", "exp2", "expm1",
            "log", "log2", "log10", "log1p", "logb", "cbrt", "sqrt", "fabs", "erf", "erfc", "tgamma", "lgamma", "ceil", "floor", "trunc", "round",
            "rint", "nearbyint"];
        foreach (var f in unary) sb.Append($"    D1({f}) F1({f}f)\n");
        string[] binary = ["pow", "atan2", "hypot", "fmod", "remainder", "copysign", "nextafter", "fdim", "fmin", "fmax"];
        foreach (var f in binary) sb.Append($"    D2({f}) F2({f}f)\n");
        foreach (var f in new[] { "lround", "lrint", "llround", "llrint", "ilogb" }) sb.Append($"    L1({f})\n");
        sb.Append("""
                for (int i = 0; i < N; i++) {
                    double x = input(i), y = input(N - 1 - i), z = input((i * 7) % N);
                    int e = 0, q = 0; double ip = 0;
                    double fr = frexp(x, &e), mf = modf(x, &ip), rq = remquo(x, y, &q);
                    errno = 0; double fm = fma(x, y, z); int fe = errno;
                    errno = 0; double ld = ldexp(x, (i % 200) - 100); int le = errno;
                    printf("misc %d %016llx %d %016llx %016llx %016llx %d %016llx %d %016llx %d %016llx\n", i, bd(fr), e, bd(mf), bd(ip), bd(rq), q,
                           bd(fm), fe, bd(ld), le, bd(scalbn(x, -(i % 50))));
                }
                return 0;
            }
            """);
        return sb.ToString();
    }

    [Fact]
    public void EveryMathFunctionMatchesGlibcBitForBitWithErrno()
    {
        if (!LibcGcc.Available()) return;
        var source = Program();
        var expected = GccStdout(source);
        var actual = Vm.Vm.Run(source);
        Assert.True(actual.ExitCode == 0, actual.Stderr);
        var e = expected.Split('\n');
        var a = actual.Stdout.Split('\n');
        var mismatches = new List<string>();
        for (int i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "<missing>";
            var al = i < a.Length ? a[i] : "<missing>";
            if (el != al) mismatches.Add($"gcc: {el}\naltitude: {al}");
        }
        Assert.True(e.Length > 20000, "the program should print one line per function and input");
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {e.Length} lines differ, first:\n" + string.Join("\n", mismatches.Take(10)));
    }

    private static string GccStdout(string source)
    {
        var dir = Path.Combine(Path.GetTempPath(), "altitude-libc", "math-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            File.WriteAllText(Path.Combine(dir, "t.c"), source);
            Assert.Equal(0, Exec("gcc", dir, "-w", "-O0", "-std=gnu17", "-o", "t", "t.c", "-lm").Code);
            var (code, stdout) = Exec(Path.Combine(dir, "t"), dir);
            Assert.Equal(0, code);
            return stdout;
        }
        finally
        {
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        }
    }

    private static (int Code, string Stdout) Exec(string program, string dir, params string[] args)
    {
        var info = new ProcessStartInfo(program) { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        using var p = Process.Start(info)!;
        var err = p.StandardError.ReadToEndAsync();
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        _ = err.Result;
        return (p.ExitCode, output);
    }
}
