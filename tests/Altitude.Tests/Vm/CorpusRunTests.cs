using Altitude.Tests.Cli;
using Altitude.Tests.Corpus;

namespace Altitude.Tests.Vm;

/// <summary>
/// Runs the corpus programs listed in tests/c/vm-supported.txt with `altitude run` and compares
/// their stdout and exit status with the expectations in their comments. Every listed file must pass.
/// With ALTITUDE_VM_SURVEY=path set, the survey test runs all valid programs and writes the list of
/// those that pass to that path (to grow the list).
/// </summary>
public class CorpusRunTests
{
    private static string ListPath => Path.Combine(TestPaths.CorpusRoot, "vm-supported.txt");

    public static TheoryData<string> SupportedFiles()
    {
        var data = new TheoryData<string>();
        foreach (var line in File.ReadAllLines(ListPath))
        {
            var t = line.Trim();
            if (t.Length > 0 && !t.StartsWith('#')) data.Add(t);
        }
        return data;
    }

    internal static (bool Passed, string Why) RunOne(string relative)
    {
        var path = Path.Combine(TestPaths.CorpusRoot, relative);
        var expected = CorpusExpectations.Read(path);
        // Each program runs in a fresh directory (programs that use files create them in the
        // current directory) with NAME.in, when it exists, as its standard input.
        var input = Path.ChangeExtension(path, ".in");
        var stdin = File.Exists(input) ? File.ReadAllBytes(input) : null;
        var directory = Path.Combine(Path.GetTempPath(), "altitude-corpus", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        CliRunner.Outcome outcome;
        try
        {
            outcome = CliRunner.RunIn(directory, stdin, "run", "--max-steps", "50000000", path);
        }
        finally
        {
            Directory.Delete(directory, true);
        }
        if (outcome.ExitCode != expected.ExitCode) return (false, $"exit {outcome.ExitCode}, expected {expected.ExitCode}\n{outcome.Stderr}");
        if (expected.Stdout is not null && expected.Stdout != outcome.Stdout) return (false, $"stdout differs:\n{outcome.Stdout}\n---expected---\n{expected.Stdout}\n{outcome.Stderr}");
        return (true, "");
    }

    [Theory]
    [MemberData(nameof(SupportedFiles))]
    public void SupportedProgramRunsAsExpected(string file)
    {
        var (passed, why) = RunOne(file);
        Assert.True(passed, why);
    }

    [Fact]
    public void SurveyWritesPassingList()
    {
        var output = Environment.GetEnvironmentVariable("ALTITUDE_VM_SURVEY");
        if (string.IsNullOrEmpty(output)) return;
        var passing = new List<string>();
        var failures = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(TestPaths.CorpusRoot, "valid"), "*.c", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(TestPaths.CorpusRoot, file);
            var (passed, why) = RunOne(relative);
            if (passed) passing.Add(relative);
            else failures.Add($"== {relative}\n{(why.Length > 600 ? why[..600] : why)}");
        }
        File.WriteAllLines(output, passing);
        File.WriteAllLines(output + ".failures", failures);
        Assert.NotEmpty(passing);
    }
}
