using System.Diagnostics;
using Altitude.Diagnostics;
using Altitude.Front.Lexing;
using Altitude.Front.Parsing;
using Altitude.Front.Semantics;
using Altitude.Text;
using Xunit.Abstractions;

namespace Altitude.Tests.Semantics;

public class LargeInputTests(ITestOutputHelper output)
{
    /// <summary>
    /// Opt-in: ALTITUDE_SEMA_INPUT names an already preprocessed C file (e.g. <c>gcc -E -P sqlite3.c</c>).
    /// Analyses it and prints the time and the first diagnostics; asserts no internal error.
    /// </summary>
    [Fact]
    public void PreprocessedFileAnalyses()
    {
        var path = Environment.GetEnvironmentVariable("ALTITUDE_SEMA_INPUT");
        if (string.IsNullOrEmpty(path) || !File.Exists(path)) return;
        var bag = new DiagnosticBag { ErrorLimit = 100 };
        var sw = Stopwatch.StartNew();
        var tokens = Lexer.Tokenize(new SourceFile(path, File.ReadAllText(path)), bag);
        var lexed = sw.Elapsed;
        var tu = Parser.Parse(tokens, bag);
        var parsed = sw.Elapsed;
        var unit = SemanticAnalyzer.Analyze(tu, bag);
        var analysed = sw.Elapsed;
        output.WriteLine($"lex {lexed.TotalMilliseconds:F0} ms, parse {(parsed - lexed).TotalMilliseconds:F0} ms, sema {(analysed - parsed).TotalMilliseconds:F0} ms");
        output.WriteLine($"{unit.Functions.Length} functions, {unit.Globals.Length} globals, {bag.ErrorCount} errors, {bag.Items.Count} diagnostics");
        foreach (var d in bag.Items.Take(60)) output.WriteLine(d.ToString());
        // Second run: the code is jitted now, so this is the steady-state cost.
        double best = double.MaxValue;
        long allocated = 0;
        for (int i = 0; i < 3; i++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            sw.Restart();
            SemanticAnalyzer.Analyze(tu, new DiagnosticBag { ErrorLimit = 100 });
            best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }
        output.WriteLine($"sema again (best of 3) {best:F0} ms, {allocated / (1024 * 1024)} MiB allocated");
        Assert.DoesNotContain(bag.Items, d => d.Id == "SEM000");
    }

    /// <summary>Deep nesting is a located error, never a stack overflow.</summary>
    [Fact]
    public void DeeplyNestedExpressionIsAnErrorNotACrash()
    {
        int depth = 5000;
        var code = "int x = " + new string('-', depth) + "1;";
        var (_, bag) = Sema.Analyze(code);
        Assert.True(bag.HasErrors);
    }
}
