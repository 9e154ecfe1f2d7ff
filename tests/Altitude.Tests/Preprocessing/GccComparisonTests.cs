using System.Diagnostics;
using Altitude.Diagnostics;
using Altitude.Front;
using Altitude.Front.Lexing;
using Altitude.Front.Preprocessing;
using Altitude.Text;

namespace Altitude.Tests.Preprocessing;

/// <summary>
/// When gcc is on PATH, preprocesses tricky macro files with <c>gcc -E -P -undef -nostdinc</c> and with
/// Altitude and compares the token sequences (whitespace ignored). Without gcc the tests only check
/// that Altitude preprocesses the files cleanly.
/// </summary>
public class GccComparisonTests
{
    public static TheoryData<string> Cases => new(TrickyInputs.All.Keys);

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesGcc(string name)
    {
        var source = TrickyInputs.All[name];
        var diagnostics = new DiagnosticBag();
        var options = new FrontEndOptions { NoStandardIncludes = true, FileSystem = new InMemoryFileSystem() };
        var tokens = new Preprocessor(options, diagnostics).Preprocess(new SourceFile(name + ".c", source));
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        var ours = Spellings(tokens);
        Assert.NotEmpty(ours);

        var gcc = RunGcc(source);
        if (gcc is null) return;
        var theirs = Spellings(Lexer.Tokenize(new SourceFile("gcc.i", gcc), new DiagnosticBag()));
        Assert.Equal(string.Join(" ", theirs), string.Join(" ", ours));
    }

    private static List<string> Spellings(List<Token> tokens) =>
        tokens.Where(t => t.Kind != TokenKind.EndOfFile).Select(t => t.Text).ToList();

    private static string? RunGcc(string source)
    {
        var gcc = FindOnPath("gcc");
        if (gcc is null) return null;
        var file = Path.Combine(Path.GetTempPath(), $"altitude-pp-{Guid.NewGuid():N}.c");
        File.WriteAllText(file, source);
        try
        {
            var info = new ProcessStartInfo(gcc, ["-E", "-P", "-undef", "-nostdinc", "-std=gnu17", file])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            process.WaitForExit(30_000);
            Assert.True(process.ExitCode == 0, errors.Result);
            return output.Result;
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string? FindOnPath(string program)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            if (dir.Length == 0) continue;
            var candidate = Path.Combine(dir, program);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
