using System.Diagnostics;
using System.Text;
using Altitude.Tests.Semantics;
using Altitude.Types;

namespace Altitude.Tests.Types;

/// <summary>
/// Compares Altitude's x86-64 layout with gcc's on the same declarations: sizeof, alignof, member
/// offsets, and bit-field bit offsets (found by setting the field to all ones in a zeroed object).
/// Runs only where gcc is on PATH.
/// </summary>
public class LayoutVsGccTests
{
    private static readonly string[] Declarations =
    [
        "struct T1 { char a; int b; };",
        "struct T2 { char a; short b; char c; };",
        "struct T3 { int a; char b; };",
        "struct T4 { double d; char c; };",
        "struct T5 { char c; long double ld; };",
        "struct T6 { char c; long long x; };",
        "union T7 { char c; int i; double d; };",
        "union T8 { char c[5]; int i; };",
        "struct T9 { char a[3]; };",
        "struct T10 { int a:3; int b:5; };",
        "struct T11 { int a:31; int b:2; };",
        "struct T12 { char a; int b:4; };",
        "struct T13 { char a:4; char b:5; };",
        "struct T14 { long long x:3; char c; };",
        "struct T15 { int a:3; int :0; int b:3; };",
        "struct T16 { char a; int :0; char b; };",
        "struct T17 { char a; int :4; char b; };",
        "struct T18 { short a:9; short b:9; short c:9; };",
        "struct T19 { unsigned a:1; unsigned long b:63; };",
        "struct T20 { unsigned long a:40; unsigned long b:30; };",
        "struct __attribute__((packed)) T21 { char a; int b; };",
        "struct __attribute__((packed)) T22 { char a; int b:4; int c:30; };",
        "struct T23 { char a; int b __attribute__((packed)); };",
        "struct T24 { char a; int b __attribute__((aligned(16))); };",
        "struct __attribute__((aligned(32))) T25 { int a; };",
        "struct T26 { char a; _Alignas(8) char b; };",
        "struct T27 { int n; char data[]; };",
        "struct T28 { char c; double data[]; };",
        "struct T29 { _Bool b; char c; _Bool d:1; };",
        "struct T30 { float f; double d; float g; };",
        "struct T31 { char c; __int128 x; };",
        "struct T33 { struct { char a; int b; } in; char c; };",
        "struct T34 { char c; union { int i; char d; }; char e; };",
        "struct T35 { char c; struct { short s; char t; }; char e; };",
        "struct T36 { int *p; char c; };",
        "struct T37 { void (*fp)(void); char c; };",
        "struct T38 { char a; enum { X38, Y38 } e; };",
        "struct T39 { char a; enum __attribute__((packed)) { P1, P2 } e; };",
        "struct T40 { char a; char b[0]; };",
        "struct T41 { long a:1; char b; };",
        "struct T42 { char a; long b:1; };",
        "struct T43 { int a:8; char b; int c:8; };",
        "struct T44 { unsigned char a:3, b:3, c:3; };",
        "struct T45 { short a; int b:20; short c; };",
        "union T46 { int a:3; char b; };",
        "union T47 { long long a:40; char b[3]; };",
        "struct T48 { char a; long double b; char c; };",
        "struct T49 { double a[3]; char b; };",
        "struct T50 { char a[7]; int b; };",
        "struct __attribute__((packed)) T51 { char a; double b; short c; };",
        "struct T52 { char a; struct __attribute__((packed)) { int x; char y; } b; char c; };",
        "struct T53 { int a : 1; int : 0; char b; };",
        "struct T54 { char a; long long : 0; char b; };",
        "struct T55 { int x; } __attribute__((aligned(8)));",
        "typedef int aint56 __attribute__((aligned(16))); struct T56 { char c; aint56 x; };",
        "struct T57 { char c; int x __attribute__((aligned(2))); };",
        "struct T58 { char c; int x __attribute__((packed, aligned(2))); };",
        "struct T59 { char a:1; char :0; char b:1; };",
        "struct T60 { unsigned a:4; unsigned char b; unsigned c:4; };",
        "struct T61 { unsigned short a:15; unsigned short b:2; };",
        "struct T62 { char a; unsigned long long b:60; unsigned long long c:10; };",
        "union T63 { char a; struct { int x:4; int y:30; } s; };",
        "struct T64 { float a; _Bool b:1; _Bool c:1; };",
        "struct T65 { int arr[2][3]; char c; };",
        "struct T66 { char c; int (*arr)[4]; };",
        "struct T67 { char c; short s:3; char d; };",
        "struct T68 { unsigned int a:20; unsigned short b:10; };",
        "struct __attribute__((packed)) T69 { short a; long long b:40; char c; };",
        "struct T70 { char a; struct T1 s; char b; };",
        "union T71 { struct T27 *p; struct T3 s; char c[9]; };",
        "struct T72 { signed char a; unsigned char b:2; signed char c:2; };",
    ];

    private static bool GccAvailable()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(':').Any(d => d.Length > 0 && File.Exists(Path.Combine(d, "gcc")));
    }

    [Fact]
    public void LayoutMatchesGcc()
    {
        if (!GccAvailable()) return;
        var source = string.Join("\n", Declarations);
        var (unit, bag) = Sema.Analyze(source);
        Assert.False(bag.HasErrors, string.Join("\n", bag.Items));

        var expected = new List<string>();
        var probe = new StringBuilder("#include <stdio.h>\n#include <string.h>\n#include <stddef.h>\n");
        probe.AppendLine(source);
        probe.AppendLine("static int firstbit(const unsigned char *p, size_t n) { for (size_t i = 0; i < n; i++) for (int b = 0; b < 8; b++) if (p[i] >> b & 1) return (int)(i * 8 + b); return -1; }");
        probe.AppendLine("int main(void) {");
        foreach (var decl in unit.Records.Where(r => r.Tag is not null && r.Tag.StartsWith('T')))
        {
            string t = $"{decl.KindName} {decl.Tag}";
            probe.AppendLine($"  printf(\"{decl.Tag} %zu %zu\\n\", sizeof({t}), _Alignof({t}));");
            expected.Add($"{decl.Tag} {decl.Size} {decl.Align}");
            foreach (var f in decl.Fields)
            {
                if (f.Name is null) continue;
                if (f.IsBitField)
                {
                    probe.AppendLine($"  {{ {t} x; memset(&x, 0, sizeof x); x.{f.Name} = {(f.Type.IsBool ? "1" : "-1")}; printf(\"{decl.Tag}.{f.Name} bit %d\\n\", firstbit((unsigned char *)&x, sizeof x)); }}");
                    expected.Add($"{decl.Tag}.{f.Name} bit {f.BitOffset}");
                }
                else
                {
                    probe.AppendLine($"  printf(\"{decl.Tag}.{f.Name} %zu\\n\", offsetof({t}, {f.Name}));");
                    expected.Add($"{decl.Tag}.{f.Name} {f.Offset}");
                }
            }
        }
        probe.AppendLine("  return 0;\n}");
        Assert.True(expected.Count > 150, "the probe should cover many members");

        var dir = Directory.CreateTempSubdirectory("altitude-layout-");
        try
        {
            var c = Path.Combine(dir.FullName, "probe.c");
            var exe = Path.Combine(dir.FullName, "probe");
            File.WriteAllText(c, probe.ToString());
            var (cc, ccOut) = Run("gcc", $"-w -o {exe} {c}");
            Assert.True(cc == 0, "gcc failed:\n" + ccOut);
            var (rc, output) = Run(exe, "");
            Assert.Equal(0, rc);
            var actual = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var mismatches = new List<string>();
            for (int i = 0; i < Math.Max(actual.Length, expected.Count); i++)
            {
                var a = i < actual.Length ? actual[i] : "<none>";
                var e = i < expected.Count ? expected[i] : "<none>";
                if (a != e) mismatches.Add($"gcc: {a}   altitude: {e}");
            }
            Assert.True(mismatches.Count == 0, "layout differs from gcc:\n" + string.Join("\n", mismatches));
        }
        finally
        {
            dir.Delete(true);
        }
    }

    private static (int ExitCode, string Output) Run(string file, string args)
    {
        var psi = new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.WaitForExit(60000);
        return (p.ExitCode, stdout.Result + stderr.Result);
    }
}
