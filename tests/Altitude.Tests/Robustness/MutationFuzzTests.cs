using System.Collections.Concurrent;
using System.Diagnostics;
using Altitude.Diagnostics;
using Altitude.Front;
using Altitude.Front.Lexing;
using Altitude.Text;

namespace Altitude.Tests.Robustness;

/// <summary>
/// Feeds mutated versions of the corpus (token deletions, duplications, swaps, truncations) through
/// the whole front end. Every input must end in success or in located diagnostics — never an
/// internal error (an exception inside Altitude), a hang, or a host stack overflow.
/// </summary>
public class MutationFuzzTests
{
    private const int Mutants = 10_000;
    private static readonly TimeSpan PerInputLimit = TimeSpan.FromSeconds(10);

    [Fact]
    public void MutatedCorpusNeverCrashesOrHangs()
    {
        var sources = Directory.EnumerateFiles(TestPaths.CorpusRoot, "*.c", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => new SourceFile(Path.GetRelativePath(TestPaths.CorpusRoot, path), File.ReadAllText(path)))
            .ToList();
        Assert.True(sources.Count >= 100, "the corpus is missing");

        var failures = new ConcurrentBag<string>();
        var located = 0;
        Parallel.For(0, Mutants, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var random = new Random(i);
            var original = sources[random.Next(sources.Count)];
            var mutant = new SourceFile(original.Path, Mutate(original, random));
            var stopwatch = Stopwatch.StartNew();
            var result = FrontEnd.Compile(mutant, FrontEndOptions.Default, FrontEndStage.Lower);
            stopwatch.Stop();
            if (result.InternalError)
            {
                failures.Add($"mutant {i} of {original.Path}: {string.Join("; ", result.Diagnostics.Items.Where(d => d.Id == DriverErrors.InternalError.Id))}");
            }
            else if (stopwatch.Elapsed > PerInputLimit)
            {
                failures.Add($"mutant {i} of {original.Path}: took {stopwatch.Elapsed.TotalSeconds:F1} s");
            }
            else if (result.Diagnostics.Items.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error && d.Location.IsNone) is { } unlocated)
            {
                // Every error about program text must say where it is.
                failures.Add($"mutant {i} of {original.Path}: unlocated error {unlocated}");
            }
            if (result.Diagnostics.HasErrors) Interlocked.Increment(ref located);
        });
        Assert.True(failures.IsEmpty, string.Join("\n", failures.Take(20)));
        // The mutations must actually break programs, or this test proves nothing.
        Assert.True(located > Mutants / 2, $"only {located} of {Mutants} mutants were rejected");
    }

    [Theory]
    [InlineData("(", 100_000)]
    [InlineData("{", 100_000)]
    [InlineData("*", 100_000)]
    [InlineData("[", 50_000)]
    public void DeepNestingIsALocatedError(string opener, int depth)
    {
        var text = "int f(void) { return " + string.Concat(Enumerable.Repeat(opener, depth)) + "1; }\n";
        var result = FrontEnd.Compile(new SourceFile("deep.c", text), FrontEndOptions.Default, FrontEndStage.Lower);
        Assert.False(result.InternalError, string.Join("\n", result.Diagnostics.Items));
        Assert.Contains(result.Diagnostics.Items, d => d.Severity == DiagnosticSeverity.Error && d.Location.Line == 1);
    }

    [Fact]
    public void DeeplyNestedDeclaratorsAndMacrosAreLocatedErrors()
    {
        var declarator = "int " + new string('(', 20_000) + "x" + new string(')', 20_000) + ";\n";
        var macros = string.Concat(Enumerable.Range(0, 3000).Select(i => $"#define M{i + 1} M{i}(\n")) + "M3000\n";
        foreach (var text in new[] { declarator, macros })
        {
            var result = FrontEnd.Compile(new SourceFile("deep.c", text), FrontEndOptions.Default, FrontEndStage.Lower);
            Assert.False(result.InternalError, string.Join("\n", result.Diagnostics.Items));
        }
    }

    /// <summary>One to four token-level edits, or a truncation, of the file's text.</summary>
    private static string Mutate(SourceFile file, Random random)
    {
        var tokens = Lexer.Tokenize(file, new DiagnosticBag());
        var spans = tokens.Where(t => t.Kind != TokenKind.EndOfFile).Select(t => (t.Location.Offset, t.Text.Length)).ToList();
        var text = file.Text;
        if (spans.Count == 0 || random.Next(8) == 0) return text[..random.Next(text.Length + 1)];
        var edits = random.Next(1, 5);
        for (var e = 0; e < edits && spans.Count > 0; e++)
        {
            var k = random.Next(spans.Count);
            var (offset, length) = spans[k];
            if (offset < 0 || offset + length > text.Length) continue;
            var token = text.Substring(offset, length);
            text = random.Next(3) switch
            {
                0 => text.Remove(offset, length),                                   // deletion
                1 => text.Insert(offset, token + " "),                              // duplication
                _ => text.Insert(offset, text.Substring(spans[random.Next(spans.Count)].Offset is var o && o + 1 <= text.Length ? o : 0, 1)), // stray character
            };
            // Offsets after the edit point moved; keep only the earlier tokens for further edits.
            spans = spans.Take(k).ToList();
        }
        return text;
    }
}
