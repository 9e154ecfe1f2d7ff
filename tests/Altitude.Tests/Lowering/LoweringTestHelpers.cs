using Altitude.Diagnostics;
using Altitude.Front.Lexing;
using Altitude.Front.Lowering;
using Altitude.Front.Parsing;
using Altitude.Front.Semantics;
using Altitude.Sexpcode;
using Altitude.Text;
using SexpNode = Altitude.Sexpcode.Sexp;

namespace Altitude.Tests.Lowering;

internal static class LoweringTestHelpers
{
    /// <summary>
    /// C source → tokens → syntax → bound tree → sexpcode; asserts no diagnostics anywhere, that the
    /// result validates, and that print → read → print is the identity. Returns the printed text.
    /// </summary>
    public static string Lower(string c, string file = "t.c")
    {
        var (sexp, bag) = LowerWithDiagnostics(c, file);
        Assert.True(bag.Items.Count == 0, string.Join("\n", bag.Items));
        var vbag = new DiagnosticBag();
        var text = SexpPrinter.Print(sexp);
        Assert.True(SexpValidator.Validate(sexp, vbag), string.Join("\n", vbag.Items) + "\n" + text);
        var rbag = new DiagnosticBag();
        var back = SexpReader.Read(text, "t.sexp", rbag);
        Assert.True(back is not null, string.Join("\n", rbag.Items));
        Assert.True(SexpNode.StructurallyEquals(sexp, back!), "read-back tree differs");
        Assert.Equal(text, SexpPrinter.Print(back!));
        return text;
    }

    public static (SexpNode Sexp, DiagnosticBag Bag) LowerWithDiagnostics(string c, string file = "t.c")
    {
        var bag = new DiagnosticBag();
        var tokens = Lexer.Tokenize(new SourceFile(file, c), bag);
        var syntax = Parser.Parse(tokens, bag);
        var bound = SemanticAnalyzer.Analyze(syntax, bag);
        return (Lowerer.Lower(bound, bag), bag);
    }

    /// <summary>The text with runs of whitespace collapsed to one space, for substring assertions across line breaks.</summary>
    public static string Flat(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");

    /// <summary>The function of the given name, printed flat.</summary>
    public static string Function(string c, string name)
    {
        var (sexp, bag) = LowerWithDiagnostics(c);
        Assert.True(bag.Items.Count == 0, string.Join("\n", bag.Items));
        Lower(c);
        var functions = sexp.Arg(4);
        foreach (var f in functions.Args)
        {
            if (f.AsSexp.StringArg(0) == name) return SexpPrinter.PrintFlat(f.AsSexp);
        }
        throw new Xunit.Sdk.XunitException($"no function {name}");
    }
}
