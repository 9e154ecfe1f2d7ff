using System.Diagnostics;
using System.Text.RegularExpressions;
using Altitude.Diagnostics;
using Altitude.Front;
using Altitude.Front.Lexing;
using Altitude.Front.Preprocessing;
using Altitude.Text;

namespace Altitude.Tests.Preprocessing;

/// <summary>
/// Preprocesses SQLite's amalgamation (fetched by tests/setup.sh) and compares the token sequence
/// with gcc's. The host's headers are never used: every system include is an empty file, for
/// Altitude in memory and for gcc in a temporary directory, and gcc is given Altitude's predefined
/// macros. Timing is not asserted here: it is measured with -ftime-report (bench/RESULTS.md).
/// </summary>
public partial class SqlitePreprocessingTests
{
    [Fact]
    public void AmalgamationPreprocessesLikeGcc()
    {
        var path = TestPaths.InRoot(".cache", "sqlite", "sqlite3.c");
        if (!File.Exists(path) || !TestPaths.HasTool("gcc"))
        {
            Assert.False(TestPaths.InCi, "CI needs the SQLite amalgamation (tests/setup.sh) and gcc");
            return;
        }
        var text = File.ReadAllText(path);
        var options = new FrontEndOptions { FileSystem = new EmptyHeaders(), NoStandardIncludes = true, IncludePaths = ["/sys-headers"] };
        var diagnostics = new DiagnosticBag();
        var tokens = new Preprocessor(options, diagnostics).Preprocess(new SourceFile(path, text));
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items.Take(5)));
        Assert.True(tokens.Count > 500_000);

        var gccTokens = RunGcc(path, text);
        Assert.NotNull(gccTokens);
        var ours = tokens.Where(t => t.Kind != TokenKind.EndOfFile).Select(t => t.Text).ToList();
        var first = Enumerable.Range(0, Math.Min(ours.Count, gccTokens.Count)).FirstOrDefault(k => ours[k] != gccTokens[k], -1);
        Assert.True(first < 0 && ours.Count == gccTokens.Count,
            first < 0 ? $"lengths {ours.Count} vs gcc {gccTokens.Count}"
                : $"token {first}: ours '{string.Join(" ", ours.Skip(Math.Max(0, first - 10)).Take(20))}' gcc '{string.Join(" ", gccTokens.Skip(Math.Max(0, first - 10)).Take(20))}'");
    }

    private static List<string>? RunGcc(string path, string text)
    {
        var dir = Directory.CreateTempSubdirectory("altitude-sqlite-");
        try
        {
            foreach (Match m in IncludeRegex().Matches(text))
            {
                var header = Path.Combine(dir.FullName, m.Groups[1].Value);
                Directory.CreateDirectory(Path.GetDirectoryName(header)!);
                File.WriteAllText(header, "");
            }
            var predefined = Path.Combine(dir.FullName, "altitude-predefined.h");
            File.WriteAllText(predefined, PredefinedMacros.Text + "\n#define linux 1\n#define unix 1\n");
            var info = new ProcessStartInfo("/usr/bin/gcc", ["-E", "-P", "-undef", "-nostdinc", "-w", "-std=gnu17", "-I", dir.FullName, "-include", predefined, path])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            process.WaitForExit(60_000);
            var tokens = Lexer.Tokenize(new SourceFile("gcc.i", output.Result), new DiagnosticBag());
            var texts = tokens.Where(t => t.Kind != TokenKind.EndOfFile).Select(t => t.Text).ToList();
            // gcc answers __has_attribute(fallthrough) with 1, Altitude with 0 (not an accepted attribute).
            string[] fallthrough = ["__attribute__", "(", "(", "fallthrough", ")", ")", ";"];
            var kept = new List<string>(texts.Count);
            for (var i = 0; i < texts.Count; i++)
            {
                if (texts[i] == "__attribute__" && i + fallthrough.Length <= texts.Count && texts.Skip(i).Take(fallthrough.Length).SequenceEqual(fallthrough))
                {
                    i += fallthrough.Length - 1;
                    continue;
                }
                kept.Add(texts[i]);
            }
            return kept;
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [GeneratedRegex("^\\s*#\\s*include\\s*<([^>]+)>", RegexOptions.Multiline)]
    private static partial Regex IncludeRegex();

    private sealed class EmptyHeaders : IFileSystem
    {
        public bool FileExists(string path) => path.StartsWith("/sys-headers/", StringComparison.Ordinal);

        public string ReadAllText(string path) => "";
    }
}
