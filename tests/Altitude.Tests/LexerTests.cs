using Altitude.Diagnostics;
using Altitude.Front.Lexing;
using Altitude.Text;

namespace Altitude.Tests;

public class LexerTests
{
    private static List<Token> Lex(string text, DiagnosticBag? bag = null) =>
        Lexer.Tokenize(new SourceFile("t.c", text), bag ?? new DiagnosticBag());

    [Fact]
    public void SplitsPunctuatorsGreedily()
    {
        var kinds = Lex("a>>=b->c...d<%%>").Select(t => t.Kind).ToArray();
        Assert.Equal(
            [TokenKind.Identifier, TokenKind.GreaterGreaterEqual, TokenKind.Identifier, TokenKind.Arrow,
             TokenKind.Identifier, TokenKind.Ellipsis, TokenKind.Identifier, TokenKind.LeftBrace,
             TokenKind.RightBrace, TokenKind.EndOfFile],
            kinds);
    }

    [Fact]
    public void SplicedLinesKeepOriginalLocations()
    {
        var tokens = Lex("int x\\\ny;\n  z");
        Assert.Equal("xy", tokens[1].Text);
        Assert.Equal(2, tokens[2].Location.Line); // the ';' after the splice
        var z = tokens[3];
        Assert.Equal((3, 3), (z.Location.Line, z.Location.Column));
        Assert.True(z.StartOfLine);
        Assert.True(z.LeadingSpace);
    }

    [Fact]
    public void PpNumbersTakeExponentSigns()
    {
        var tokens = Lex("1e+5 0x1p-3 .5f 1.2.3 0xE+1");
        Assert.Equal(["1e+5", "0x1p-3", ".5f", "1.2.3", "0xE+1"], tokens.Take(5).Select(t => t.Text));
    }

    [Fact]
    public void LiteralsWithPrefixes()
    {
        var tokens = Lex("L'a' u8\"x\\\"y\" U\"z\" u'q'");
        Assert.Equal([TokenKind.CharLiteral, TokenKind.StringLiteral, TokenKind.StringLiteral, TokenKind.CharLiteral],
            tokens.Take(4).Select(t => t.Kind));
        Assert.Equal("u8\"x\\\"y\"", tokens[1].Text);
    }

    [Fact]
    public void CommentsAreWhitespaceAndUnterminatedIsReported()
    {
        var tokens = Lex("a/**/b // c\nd");
        Assert.Equal(["a", "b", "d"], tokens.Where(t => t.Kind != TokenKind.EndOfFile).Select(t => t.Text));
        Assert.True(tokens[1].LeadingSpace);
        var bag = new DiagnosticBag();
        Lex("x /* open", bag);
        Assert.Equal("LEX001", Assert.Single(bag.Items).Id);
    }

    [Fact]
    public void UnterminatedQuoteBecomesStrayToken()
    {
        var tokens = Lex("'abc\nx");
        Assert.Equal(TokenKind.Other, tokens[0].Kind);
        Assert.Equal("x", tokens[1].Text);
    }
}

public class IdentifierTests
{
    [Theory]
    [InlineData("caf\\u00e9", "café")]
    [InlineData("\\U000003C0_x", "π_x")]
    [InlineData("plain", "plain")]
    [InlineData("bad\\u12", "bad\\u12")]
    public void UniversalCharacterNamesDenoteTheirCharacter(string spelling, string name) =>
        Assert.Equal(name, Identifiers.Normalize(spelling));
}

public class DiagnosticBagTests
{
    private static readonly Altitude.Diagnostics.DiagnosticDescriptor Pedwarn =
        new("TST001", "test-pedwarn", "constraint gcc only warns about", Altitude.Diagnostics.DiagnosticSeverity.Warning, "6.5.16.1") { Pedantic = true };

    private static readonly Altitude.Diagnostics.DiagnosticDescriptor PlainWarning =
        new("TST002", "test-warning", "just a warning", Altitude.Diagnostics.DiagnosticSeverity.Warning);

    [Fact]
    public void PedanticErrorsPromoteOnlyPedanticWarnings()
    {
        var strict = new DiagnosticBag { PedanticErrors = true };
        strict.Report(Pedwarn, SourceLocation.None);
        strict.Report(PlainWarning, SourceLocation.None);
        Assert.Equal(1, strict.ErrorCount);
        Assert.Equal(Altitude.Diagnostics.DiagnosticSeverity.Error, strict.Items[0].Severity);
        Assert.Contains(": error: ", strict.Items[0].ToString());

        var lax = new DiagnosticBag();
        lax.Report(Pedwarn, SourceLocation.None);
        Assert.False(lax.HasErrors);
    }
}
