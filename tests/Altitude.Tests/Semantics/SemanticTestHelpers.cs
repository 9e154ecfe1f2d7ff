using Altitude.Diagnostics;
using Altitude.Front.Lexing;
using Altitude.Front.Parsing;
using Altitude.Front.Semantics;
using Altitude.Text;

namespace Altitude.Tests.Semantics;

/// <summary>Runs lexer, parser and semantic analysis on a C snippet (no preprocessor).</summary>
internal static class Sema
{
    public static (BoundTranslationUnit Unit, DiagnosticBag Diagnostics) Analyze(string code, bool pedantic = false)
    {
        var bag = new DiagnosticBag { ErrorLimit = 1000, PedanticErrors = pedantic };
        var tokens = Lexer.Tokenize(new SourceFile("t.c", code), bag);
        var tu = Parser.Parse(tokens, bag);
        var unit = SemanticAnalyzer.Analyze(tu, bag, new SemanticOptions { PedanticErrors = pedantic });
        return (unit, bag);
    }

    /// <summary>Analyses code that must produce no diagnostic at all (warnings included).</summary>
    public static BoundTranslationUnit Clean(string code)
    {
        var (unit, bag) = Analyze(code);
        Assert.True(bag.Items.Count == 0, "unexpected diagnostics:\n" + string.Join("\n", bag.Items));
        return unit;
    }

    /// <summary>Analyses code and asserts that diagnostic <paramref name="id"/> is reported on <paramref name="line"/>.</summary>
    public static DiagnosticBag Expect(string code, string id, int line, bool pedantic = false)
    {
        var (_, bag) = Analyze(code, pedantic);
        Assert.True(bag.Items.Any(d => d.Id == id && d.Location.Line == line),
            $"expected {id} on line {line}, got:\n" + string.Join("\n", bag.Items));
        return bag;
    }

    public static Symbol Global(BoundTranslationUnit unit, string name) =>
        unit.Globals.Concat(unit.ExternalDeclarations).First(s => s.Name == name);

    public static BoundFunction Function(BoundTranslationUnit unit, string name) =>
        unit.Functions.First(f => f.Symbol.Name == name);
}
