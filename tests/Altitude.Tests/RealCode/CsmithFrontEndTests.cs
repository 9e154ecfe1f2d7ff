using System.Diagnostics;
using Altitude.Diagnostics;
using Altitude.Front;
using Altitude.Sexpcode;
using Altitude.Text;

namespace Altitude.Tests.RealCode;

/// <summary>
/// csmith generates large, correct C programs (deep expressions, casts, pointers to pointers,
/// structs with bit-fields). Every one must pass the front end without an error — an error would
/// be a false positive — and its sexpcode must round-trip.
/// </summary>
public class CsmithFrontEndTests
{
    private const string CsmithInclude = "/usr/include/csmith";

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 12)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void GeneratedProgramCompiles(int seed)
    {
        if (!TestPaths.HasTool("csmith") || !Directory.Exists(CsmithInclude))
        {
            Assert.False(TestPaths.InCi, "CI needs csmith and libcsmith-dev (tests/setup.sh installs them)");
            return;
        }
        var dir = Directory.CreateTempSubdirectory("altitude-csmith-");
        try
        {
            var path = Path.Combine(dir.FullName, $"csmith{seed}.c");
            using (var process = Process.Start(new ProcessStartInfo("csmith", ["--seed", seed.ToString(), "-o", path]) { RedirectStandardOutput = true })!)
            {
                process.StandardOutput.ReadToEnd();
                process.WaitForExit();
                Assert.Equal(0, process.ExitCode);
            }
            var result = FrontEnd.Compile(path, new FrontEndOptions { IncludePaths = [CsmithInclude] }, FrontEndStage.Lower);
            var errors = result.Diagnostics.Items.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10).ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors));
            var printed = SexpPrinter.Print(result.Sexpcode!);
            var read = SexpReader.Read(new SourceFile("csmith.sexp", printed), new DiagnosticBag());
            Assert.NotNull(read);
            Assert.Equal(printed, SexpPrinter.Print(read));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
