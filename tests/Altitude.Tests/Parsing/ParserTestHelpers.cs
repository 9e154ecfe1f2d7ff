using Altitude.Diagnostics;
using Altitude.Front.Lexing;
using Altitude.Front.Parsing;
using Altitude.Text;

namespace Altitude.Tests.Parsing;

internal static class ParserTestHelpers
{
    public static List<Token> Lex(string text) => Lexer.Tokenize(new SourceFile("t.c", text), new DiagnosticBag());

    public static (TranslationUnitSyntax Unit, DiagnosticBag Bag) ParseWithDiagnostics(string text, ParserOptions? options = null, bool pedanticErrors = false)
    {
        var bag = new DiagnosticBag { PedanticErrors = pedanticErrors };
        var tokens = Lexer.Tokenize(new SourceFile("t.c", text), bag);
        return (Parser.Parse(tokens, bag, options), bag);
    }

    /// <summary>Parses text that must produce no errors and no warnings.</summary>
    public static TranslationUnitSyntax ParseClean(string text)
    {
        var (unit, bag) = ParseWithDiagnostics(text);
        Assert.True(bag.Items.Count == 0, string.Join("\n", bag.Items));
        return unit;
    }

    /// <summary>The printed form of a clean parse, one line per external declaration (trimmed).</summary>
    public static string Dump(string text) => SyntaxPrinter.Print(ParseClean(text)).TrimEnd('\n');

    /// <summary>The body items of the first function definition in the text.</summary>
    public static IReadOnlyList<BlockItemSyntax> Body(string text) =>
        ParseClean(text).Declarations.OfType<FunctionDefinitionSyntax>().First().Body.Items;

    public static string DumpExpression(string text)
    {
        var bag = new DiagnosticBag();
        var e = Parser.ParseExpression(Lex(text), bag);
        Assert.True(bag.Items.Count == 0, string.Join("\n", bag.Items));
        return SyntaxPrinter.Print(e!);
    }
}
