using System.Diagnostics;
using Altitude.Diagnostics;
using Altitude.Front.Lexing;
using Altitude.Front.Parsing;
using Altitude.Text;
using static Altitude.Tests.Parsing.ParserTestHelpers;

namespace Altitude.Tests.Parsing;

public class RobustnessTests
{
    [Fact]
    public void SamplesParseCleanly()
    {
        foreach (var source in SampleSources.All)
        {
            var (unit, bag) = ParseWithDiagnostics(source);
            Assert.False(bag.HasErrors, string.Join("\n", bag.Items));
            Assert.NotEmpty(unit.Declarations);
        }
    }

    /// <summary>Runs an action on a thread with the given stack, failing the test if it does not finish in time.</summary>
    private static void RunWithTimeout(Action action, TimeSpan timeout, int stackBytes = 0)
    {
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try { action(); }
            catch (Exception e) { failure = e; }
        }, stackBytes);
        thread.Start();
        Assert.True(thread.Join(timeout), "the parser did not finish in time");
        if (failure is not null) throw new Xunit.Sdk.XunitException("the test body threw: " + failure);
    }

    [Fact]
    public void RandomlyMutatedSourcesAlwaysEndWithATreeOrDiagnostics()
    {
        var originals = SampleSources.All.Select(s => Lexer.Tokenize(new SourceFile("m.c", s), new DiagnosticBag())).ToArray();
        var random = new Random(20261122);
        var runs = 0;
        var withErrors = 0;
        var slowest = TimeSpan.Zero;
        RunWithTimeout(() =>
        {
            for (var iteration = 0; iteration < 2400; iteration++)
            {
                var tokens = Mutate(originals[iteration % originals.Length], random);
                var bag = new DiagnosticBag { PedanticErrors = iteration % 3 == 2 };
                var watch = Stopwatch.StartNew();
                TranslationUnitSyntax unit;
                try
                {
                    // Every third run in strict ISO mode with pedantic errors, which takes other paths.
                    var options = iteration % 3 == 2 ? new ParserOptions { GnuKeywords = false } : null;
                    unit = Parser.Parse(tokens, bag, options);
                }
                catch (Exception e)
                {
                    throw new Xunit.Sdk.XunitException($"parser threw on mutation {iteration}: {e}\n{string.Join(" ", tokens.Select(t => t.Text))}");
                }
                watch.Stop();
                if (watch.Elapsed > slowest) slowest = watch.Elapsed;
                Assert.NotNull(unit);
                // The tree is complete: printing visits every node and would fail on a missing child.
                var printed = SyntaxPrinter.Print(unit);
                // Either it is a (possibly partial) tree of what was there, or the parser said what is wrong.
                Assert.True(bag.HasErrors || (unit.Declarations.Count > 0 && printed.Length > 0) || tokens.Count == 1);
                if (bag.HasErrors) withErrors++;
                runs++;
            }
        }, TimeSpan.FromSeconds(120));
        Assert.Equal(2400, runs);
        Assert.True(withErrors > 1000, $"only {withErrors} mutations produced errors; the mutator is too gentle");
        // A hang guard, not a speed target: a single small parse never takes seconds unless it loops.
        Assert.True(slowest < TimeSpan.FromSeconds(10), $"slowest single parse took {slowest}");
    }

    [Fact]
    public void MutatedExpressionsReturnATreeOrNullWithAnError()
    {
        var original = Lexer.Tokenize(new SourceFile("e.c",
            "a[i] = (int)sizeof(struct s) * f(x, y ? z : w) + ({ int t = 1; t; }) - _Generic(q, int: 1, default: 2) + (long){3}.x"), new DiagnosticBag());
        var random = new Random(7);
        var nulls = 0;
        RunWithTimeout(() =>
        {
            for (var iteration = 0; iteration < 600; iteration++)
            {
                var bag = new DiagnosticBag();
                var e = Parser.ParseExpression(Mutate(original, random), bag);
                Assert.True(e is not null || bag.HasErrors);
                if (e is null) nulls++;
                else SyntaxPrinter.Print(e);
            }
        }, TimeSpan.FromSeconds(60));
        Assert.True(nulls > 100);
    }

    private static List<Token> Mutate(List<Token> original, Random random)
    {
        var tokens = original.Take(original.Count - 1).ToList(); // without EndOfFile
        var end = original[^1];
        var count = random.Next(1, 6);
        for (var m = 0; m < count && tokens.Count > 0; m++)
        {
            var i = random.Next(tokens.Count);
            switch (random.Next(5))
            {
                case 0: tokens.RemoveAt(i); break;
                case 1: tokens.Insert(i, tokens[i]); break;
                case 2:
                    var j = random.Next(tokens.Count);
                    (tokens[i], tokens[j]) = (tokens[j], tokens[i]);
                    break;
                case 3: tokens.RemoveRange(i, tokens.Count - i); break;
                default: tokens.Insert(i, tokens[random.Next(tokens.Count)]); break;
            }
        }
        tokens.Add(end);
        return tokens;
    }

    private static DiagnosticBag ParseDeep(string text, int stackBytes = 0)
    {
        var bag = new DiagnosticBag();
        RunWithTimeout(() => Parser.Parse(Lexer.Tokenize(new SourceFile("deep.c", text), new DiagnosticBag()), bag), TimeSpan.FromSeconds(60), stackBytes);
        return bag;
    }

    public static TheoryData<string, string, string> DeepShapes => new()
    {
        { "int x = ", "(", ")" },
        { "void f(void) ", "{", "}" },
        { "int ", "(", ")" },
        { "int x = ", "-", "" },
        { "int a[] = ", "{", "}" },
        { "void f(void) { ", "if (1) ", ";" },
        { "void f(void) { x = ", "y = ", "1; }" },
        { "int x = ", "a ? b : ", "c;" },
        { "int x = ", "f(", ")" },
        { "int x = ", "sizeof ", "y" },
        { "int x = ", "(int)", "y" },
        { "", "struct { ", "int z; } m;" },
        { "void f(void) { ", "l: ", "; }" },
        { "void f(", "void (*)(", ")" },
        { "int x[", "a[", "]" },
        { "", "int f(a) ", "" },
        { "int x = ", "__extension__ ", "" },
        { "int x = ", "_Generic(", ", int: 1)" },
        { "", "__typeof__(", ") y" },
        { "int x = ", "({ ", "; })" },
    };

    [Theory]
    [MemberData(nameof(DeepShapes))]
    public void VeryDeepNestingIsAnErrorNotACrash(string prefix, string open, string close)
    {
        const int depth = 20_000;
        var text = prefix + string.Concat(Enumerable.Repeat(open, depth)) + "x" + string.Concat(Enumerable.Repeat(close, depth)) + ";";
        var bag = ParseDeep(text);
        Assert.Contains(bag.Items, d => d.Id == "SYN008");
    }

    [Fact]
    public void ModerateNestingIsFineOnABigStack()
    {
        var text = "int x = " + new string('(', 900) + "1" + new string(')', 900) + ";";
        var bag = ParseDeep(text, 256 << 20);
        Assert.False(bag.HasErrors, string.Join("\n", bag.Items));
    }

    [Fact]
    public void LongFlatInputsDoNotRecurse()
    {
        // Long left-associative chains, long statement lists and long initializer lists are loops, not recursion.
        var chain = "int x = 1" + string.Concat(Enumerable.Repeat(" + 1", 200_000)) + ";";
        Assert.False(ParseDeep(chain).HasErrors);
        var pointers = "int " + new string('*', 100_000) + "p;";
        Assert.False(ParseDeep(pointers).HasErrors);
    }

    [Fact]
    public void LargeInputParsesCompletely()
    {
        // ~120k lines (4 MB, about half of SQLite): the samples repeated with fresh names.
        var sb = new System.Text.StringBuilder();
        var copies = 0;
        while (sb.Length < 4_000_000)
        {
            var body = SampleSources.Tokenizer.Replace("next_token", "next_token" + copies).Replace("sum(", "sum" + copies + "(")
                .Replace("make(", "make" + copies + "(").Replace("is_digit", "is_digit" + copies).Replace("is_alpha", "is_alpha" + copies)
                .Replace("table", "table" + copies).Replace("enum kind {", "enum kind" + copies + " {").Replace("struct token {", "struct token" + copies + " {");
            sb.Append(body).Append('\n');
            copies++;
        }
        var text = sb.ToString();
        var tokens = Lexer.Tokenize(new SourceFile("big.c", text), new DiagnosticBag());
        var bag = new DiagnosticBag();
        var unit = Parser.Parse(tokens, bag);
        Assert.False(bag.HasErrors, string.Join("\n", bag.Items.Take(5)));
        Assert.True(unit.Declarations.Count > 1000);
    }
}
