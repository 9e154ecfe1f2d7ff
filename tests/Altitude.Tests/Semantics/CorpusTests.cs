using System.Diagnostics;
using System.Text.RegularExpressions;
using Altitude.Diagnostics;
using Altitude.Front.Lexing;
using Altitude.Front.Parsing;
using Altitude.Front.Semantics;
using Altitude.Text;
using Xunit.Abstractions;

namespace Altitude.Tests.Semantics;

/// <summary>
/// Opt-in (ALTITUDE_CORPUS = the tests/c folder of the corpus): every valid program must analyse
/// without errors (files with directives are preprocessed by the host gcc first), and every
/// invalid/semantic program must report an error on its <c>// expect-error</c> line
/// (with PedanticErrors, as the corpus is checked with gcc -pedantic-errors).
/// </summary>
public partial class CorpusTests(ITestOutputHelper output)
{
    [Fact]
    public void CorpusProgramsAnalyse()
    {
        var root = Environment.GetEnvironmentVariable("ALTITUDE_CORPUS");
        if (string.IsNullOrEmpty(root) || !Directory.Exists(root)) return;
        var failures = new List<string>();
        int count = 0;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "valid"), "*.c", SearchOption.AllDirectories)
                     .Concat(Directory.EnumerateFiles(Path.Combine(root, "layout"), "*.c")).Order())
        {
            if (file.Contains("/preprocessor/")) continue;
            var text = File.ReadAllText(file);
            if (DirectiveLine().IsMatch(text)) text = Preprocess(file);
            var bag = Analyze(file, text);
            count++;
            if (bag.HasErrors) failures.Add(file + "\n  " + string.Join("\n  ", bag.Items.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
            else if (bag.Items.Count > 0) output.WriteLine("warnings: " + file + "\n  " + string.Join("\n  ", bag.Items.Take(3)));
        }
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "invalid", "semantic"), "*.c").Order())
        {
            var text = File.ReadAllText(file);
            var lines = text.Split('\n');
            int expected = Array.FindIndex(lines, l => l.TrimEnd().EndsWith("// expect-error", StringComparison.Ordinal)) + 1;
            if (DirectiveLine().IsMatch(text)) continue;
            var bag = Analyze(file, text, pedantic: true);
            count++;
            if (!bag.Items.Any(d => d.Severity == DiagnosticSeverity.Error && d.Location.Line == expected))
                failures.Add($"{file}: expected an error on line {expected}\n  " + string.Join("\n  ", bag.Items.Take(5)));
        }
        output.WriteLine($"{count} files, {failures.Count} failures");
        foreach (var f in failures) output.WriteLine(f);
        Assert.True(count > 0);
    }

    private static DiagnosticBag Analyze(string path, string text, bool pedantic = false)
    {
        var bag = new DiagnosticBag { ErrorLimit = 100, PedanticErrors = pedantic };
        var tokens = Lexer.Tokenize(new SourceFile(path, text), bag);
        var tu = Parser.Parse(tokens, bag);
        SemanticAnalyzer.Analyze(tu, bag, new SemanticOptions { PedanticErrors = pedantic });
        return bag;
    }

    private static string Preprocess(string file)
    {
        var psi = new ProcessStartInfo("gcc", $"-E -P -D_Float32=float -D_Float64=double -D_Float32x=double \"-D_Float64x=long double\" \"-D_Float128=long double\" {file}")
        { RedirectStandardOutput = true, RedirectStandardError = true };
        using var p = Process.Start(psi)!;
        var outText = p.StandardOutput.ReadToEndAsync();
        p.StandardError.ReadToEnd();
        p.WaitForExit();
        return string.Join("\n", outText.Result.Split('\n').Where(l => !l.StartsWith('#')));
    }

    [GeneratedRegex(@"^\s*#", RegexOptions.Multiline)]
    private static partial Regex DirectiveLine();
}
