using System.Text;

namespace Altitude.Tests.Headers;

/// <summary>
/// Validates Altitude's C library headers with the host's gcc: every header compiles
/// alone and together in any order, and a probe program prints the same layouts and
/// constants against Altitude's headers as against the host C library (x86-64 glibc).
/// </summary>
public class HeaderGccTests
{
    private static string Include => HeaderFiles.IncludeDirectory;

    // Warnings are errors, and -I (not -isystem) keeps gcc reporting warnings inside the headers.
    private static IEnumerable<string> StrictFlags(string std) =>
        [.. std.Split(' '), "-nostdinc", "-I", Include, "-fsyntax-only", "-Wall", "-Wextra", "-Wpedantic", "-Werror"];

    [Theory]
    [InlineData("-std=c99")]
    [InlineData("-std=c11")]
    [InlineData("-std=c17")]
    [InlineData("-std=c17 -D_POSIX_C_SOURCE=200809L")]
    [InlineData("-std=gnu17 -D_GNU_SOURCE")]
    public void EachHeaderCompilesAloneAndTwice(string std)
    {
        if (!Gcc.Available()) return;
        var dir = Gcc.ScratchDirectory("alone");
        try
        {
            var files = new List<string>();
            foreach (var header in HeaderFiles.Usable())
            {
                // tgmath.h is built on _Generic, which only C11 and later have.
                if (header == "tgmath.h" && std.Contains("c99")) continue;
                var file = header.Replace('/', '_').Replace('.', '_') + ".c";
                File.WriteAllText(Path.Combine(dir, file),
                    $"#include <{header}>\n#include <{header}>\ntypedef int altitude_nonempty_unit;\n");
                files.Add(file);
            }
            Assert.True(files.Count >= 45, "expected the whole library, found " + files.Count + " headers");
            var result = Gcc.Compile(dir, StrictFlags(std).Concat(files));
            Assert.True(result.ExitCode == 0, result.Describe());
            Assert.Equal("", result.Stderr);
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void UnsupportedHeadersStopWithAClearMessage()
    {
        if (!Gcc.Available()) return;
        var dir = Gcc.ScratchDirectory("unsupported");
        try
        {
            foreach (var (header, message) in HeaderFiles.Unsupported)
            {
                File.WriteAllText(Path.Combine(dir, "t.c"), $"#include <{header}>\nint x;\n");
                var result = Gcc.Compile(dir, ["-std=c17", "-nostdinc", "-I", Include, "-fsyntax-only", "t.c"]);
                Assert.NotEqual(0, result.ExitCode);
                Assert.Contains("#error \"" + message + "\"", result.Stderr);
            }
        }
        finally { Directory.Delete(dir, true); }
    }

    [Theory]
    [InlineData("-std=c17")]
    [InlineData("-std=gnu17 -D_GNU_SOURCE")]
    public void AllHeadersTogetherInTwoOrdersTwice(string std)
    {
        if (!Gcc.Available()) return;
        var dir = Gcc.ScratchDirectory("together");
        try
        {
            var headers = HeaderFiles.Usable();
            // Interleave: front half reversed, then back half, so dependencies come both before and after.
            var shuffled = headers.Where((_, i) => i % 2 == 1).Reverse().Concat(headers.Where((_, i) => i % 2 == 0)).ToList();
            var orders = new[] { headers, headers.Reverse().ToList(), shuffled };
            var files = new List<string>();
            for (var o = 0; o < orders.Length; o++)
            {
                var text = new StringBuilder();
                for (var pass = 0; pass < 2; pass++)
                    foreach (var h in orders[o])
                        text.Append("#include <").Append(h).Append(">\n");
                text.Append("int main(void) { return 0; }\n");
                var file = $"order{o}.c";
                File.WriteAllText(Path.Combine(dir, file), text.ToString());
                files.Add(file);
            }
            var result = Gcc.Compile(dir, StrictFlags(std).Concat(files));
            Assert.True(result.ExitCode == 0, result.Describe());
            Assert.Equal("", result.Stderr);
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void LayoutProbeMatchesHostCLibrary()
    {
        if (!Gcc.Available()) return;
        var dir = Gcc.ScratchDirectory("probe");
        try
        {
            var probe = Path.Combine(HeaderFiles.TestSourceDirectory, "layout_probe.c");
            var altitude = BuildAndRun(dir, "altitude", ["-nostdinc", "-isystem", Include], probe);
            var host = BuildAndRun(dir, "host", [], probe);
            var a = altitude.Split('\n');
            var h = host.Split('\n');
            Assert.True(a.Length > 1000, "probe printed only " + a.Length + " lines");
            for (var i = 0; i < Math.Min(a.Length, h.Length); i++)
                Assert.True(a[i] == h[i], $"line {i + 1}: Altitude \"{a[i]}\" but host \"{h[i]}\"");
            Assert.Equal(h.Length, a.Length);
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void LongDoubleLimitsAreThoseOfDouble()
    {
        if (!Gcc.Available()) return;
        var dir = Gcc.ScratchDirectory("ldbl");
        try
        {
            var source = Path.Combine(dir, "ldbl.c");
            File.WriteAllText(source, """
                #include <float.h>
                #include <stdio.h>
                int main(void)
                {
                    printf("%d %d %d %d %d %d %d\n", LDBL_MANT_DIG == DBL_MANT_DIG, LDBL_DIG == DBL_DIG,
                           LDBL_MIN_EXP == DBL_MIN_EXP, LDBL_MAX_EXP == DBL_MAX_EXP,
                           LDBL_MAX == DBL_MAX, LDBL_EPSILON == DBL_EPSILON, LDBL_MIN == DBL_MIN);
                    printf("%d %d %d\n", LDBL_MANT_DIG, DECIMAL_DIG, LDBL_DECIMAL_DIG);
                    return 0;
                }
                """);
            var output = BuildAndRun(dir, "ldbl", ["-nostdinc", "-isystem", Include], source);
            Assert.Equal("1 1 1 1 1 1 1\n53 17 17\n", output);
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void AllocsMacrosReadTheProvisionalUniqtypeLayout()
    {
        if (!Gcc.Available()) return;
        var dir = Gcc.ScratchDirectory("allocs");
        try
        {
            var source = Path.Combine(HeaderFiles.TestSourceDirectory, "allocs_macros.c");
            var output = BuildAndRun(dir, "allocs", ["-nostdinc", "-isystem", Include], source);
            Assert.Equal("""
                point 16 5 composite=1 members=2
                  x @0 : int$$32
                  y @8 : double$$64
                __PTR_int$$32 pointer=1 -> int$$32
                int pointer=0 pointee=(nil) members=0
                __ARR10_int$$32 length=10 of int$$32
                __ARR0_int$$32 length=-1 size=-1 known=0
                double signed=1 width=64 notarray=-1

                """.Replace("\r\n", "\n"), output);
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void AllocsHeaderAloneServesALiballocsStyleProgram()
    {
        if (!Gcc.Available()) return;
        var dir = Gcc.ScratchDirectory("allocs-program");
        try
        {
            // Programs written for liballocs include only <allocs.h> and <stdio.h> yet call malloc.
            File.WriteAllText(Path.Combine(dir, "walk.c"), """
                #include <allocs.h>
                #include <stdio.h>
                int main(int argc, char **argv)
                {
                    int *block = malloc(8 * sizeof *block);
                    const void *things[] = { block, &block, argv, "text" };
                    (void)argc;
                    for (size_t i = 0; i < sizeof things / sizeof things[0]; i++)
                    {
                        struct uniqtype *t = alloc_get_type(things[i]);
                        printf("%s %lu %s %p\n", alloc_get_allocator(things[i])->name,
                               (unsigned long)alloc_get_size(things[i]), UNIQTYPE_NAME(t),
                               alloc_get_base(things[i]));
                        if (UNIQTYPE_IS_POINTER_TYPE(t))
                            printf("-> %s\n", UNIQTYPE_NAME(UNIQTYPE_POINTEE_TYPE(t)));
                    }
                    free(block);
                    return __named_a(block, "int$$32") + (uniqtype_lookup("int$$32") != 0);
                }
                """);
            var result = Gcc.Compile(dir, StrictFlags("-std=c17").Append("walk.c"));
            Assert.True(result.ExitCode == 0, result.Describe());
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void StrictIsoModeHidesPosixNamesAndGnuSourceShowsGnuOnes()
    {
        if (!Gcc.Available()) return;
        var dir = Gcc.ScratchDirectory("features");
        try
        {
            // A classic K&R program defines its own getline: fine in strict ISO C mode.
            File.WriteAllText(Path.Combine(dir, "strict.c"), """
                #include <stdio.h>
                #include <string.h>
                #include <stdlib.h>
                int getline(char *s, int lim) { return s[0] + lim; }
                char *strdup(const char *s, int extra) { (void)extra; return (char *)s; }
                """);
            // asprintf and memmem are GNU-only, like on glibc.
            File.WriteAllText(Path.Combine(dir, "gnu.c"), """
                #define _GNU_SOURCE
                #include <stdio.h>
                #include <string.h>
                int f(char **p) { return asprintf(p, "%d", 1) + (memmem("ab", 2, "b", 1) != 0); }
                """);
            // Strict ISO C leaves the POSIX limits to the program, as on glibc.
            File.WriteAllText(Path.Combine(dir, "limits.c"), """
                #include <limits.h>
                #include <sys/param.h>
                #define PATH_MAX 1024
                int a[PATH_MAX == 1024 && MAXPATHLEN == 4096 ? 1 : -1];
                """);
            // Without any feature macro in GNU mode, POSIX names are visible and GNU ones are not.
            File.WriteAllText(Path.Combine(dir, "default.c"), """
                #include <stdio.h>
                #include <string.h>
                char *f(const char *s) { return strdup(s); }
                int g(char **p) { return asprintf(p, "%d", 1); }
                """);
            var strict = Gcc.Compile(dir, StrictFlags("-std=c17").Append("strict.c"));
            Assert.True(strict.ExitCode == 0, strict.Describe());
            var limits = Gcc.Compile(dir, StrictFlags("-std=c17").Append("limits.c"));
            Assert.True(limits.ExitCode == 0, limits.Describe());
            var gnu = Gcc.Compile(dir, StrictFlags("-std=c17").Append("gnu.c"));
            Assert.True(gnu.ExitCode == 0, gnu.Describe());
            var byDefault = Gcc.Compile(dir, StrictFlags("-std=gnu17").Append("default.c"));
            Assert.NotEqual(0, byDefault.ExitCode);
            Assert.Contains("asprintf", byDefault.Stderr);
            Assert.DoesNotContain("strdup", byDefault.Stderr);
        }
        finally { Directory.Delete(dir, true); }
    }

    private static string BuildAndRun(string dir, string name, IEnumerable<string> includeFlags, string source)
    {
        var exe = Path.Combine(dir, name);
        var build = Gcc.Compile(dir, ((string[])["-std=c17", "-w"]).Concat(includeFlags).Concat([source, "-o", exe, "-lm"]));
        Assert.True(build.ExitCode == 0, $"building {name}: " + build.Describe());
        var run = Gcc.Run(exe, dir, []);
        Assert.True(run.ExitCode == 0, $"running {name}: " + run.Describe());
        return run.Stdout;
    }
}
