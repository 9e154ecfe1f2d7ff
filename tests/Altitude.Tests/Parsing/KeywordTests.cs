using Altitude.Diagnostics;
using Altitude.Front.Lexing;
using Altitude.Front.Parsing;

namespace Altitude.Tests.Parsing;

public class KeywordTests
{
    [Theory]
    [InlineData("int", TokenKind.KwInt)]
    [InlineData("_Static_assert", TokenKind.KwStaticAssert)]
    [InlineData("_Thread_local", TokenKind.KwThreadLocal)]
    [InlineData("__inline", TokenKind.KwInline)]
    [InlineData("__inline__", TokenKind.KwInline)]
    [InlineData("__restrict", TokenKind.KwRestrict)]
    [InlineData("__restrict__", TokenKind.KwRestrict)]
    [InlineData("__const", TokenKind.KwConst)]
    [InlineData("__const__", TokenKind.KwConst)]
    [InlineData("__volatile", TokenKind.KwVolatile)]
    [InlineData("__volatile__", TokenKind.KwVolatile)]
    [InlineData("__signed", TokenKind.KwSigned)]
    [InlineData("__signed__", TokenKind.KwSigned)]
    [InlineData("__alignof", TokenKind.KwAlignof)]
    [InlineData("__alignof__", TokenKind.KwAlignof)]
    [InlineData("__attribute", TokenKind.KwAttribute)]
    [InlineData("__attribute__", TokenKind.KwAttribute)]
    [InlineData("__extension__", TokenKind.KwExtension)]
    [InlineData("__typeof", TokenKind.KwTypeof)]
    [InlineData("__typeof__", TokenKind.KwTypeof)]
    [InlineData("__asm", TokenKind.KwAsm)]
    [InlineData("__asm__", TokenKind.KwAsm)]
    [InlineData("__builtin_va_arg", TokenKind.KwBuiltinVaArg)]
    [InlineData("__builtin_offsetof", TokenKind.KwBuiltinOffsetof)]
    [InlineData("__builtin_types_compatible_p", TokenKind.KwBuiltinTypesCompatibleP)]
    [InlineData("__int128", TokenKind.KwInt128)]
    [InlineData("__label__", TokenKind.KwLabel)]
    [InlineData("__real__", TokenKind.KwReal)]
    [InlineData("__imag__", TokenKind.KwImag)]
    [InlineData("_Float128", TokenKind.KwFloat128)]
    [InlineData("__auto_type", TokenKind.KwAutoType)]
    [InlineData("__thread", TokenKind.KwThreadLocal)]
    [InlineData("main", TokenKind.Identifier)]
    [InlineData("Int", TokenKind.Identifier)]
    [InlineData("__builtin_va_list", TokenKind.Identifier)]
    public void Classification(string spelling, TokenKind kind)
    {
        Assert.Equal(kind, Keywords.Classify(spelling));
        Assert.Equal(kind, Keywords.Classify(spelling, gnuKeywords: false));
    }

    [Theory]
    [InlineData("asm", TokenKind.KwAsm)]
    [InlineData("typeof", TokenKind.KwTypeof)]
    public void GnuOnlyKeywords(string spelling, TokenKind kind)
    {
        Assert.Equal(kind, Keywords.Classify(spelling, gnuKeywords: true));
        Assert.Equal(TokenKind.Identifier, Keywords.Classify(spelling, gnuKeywords: false));
    }

    [Fact]
    public void EmptyInputsGiveEmptyUnits()
    {
        var bag = new DiagnosticBag();
        Assert.Empty(Parser.Parse([], bag).Declarations);
        Assert.Empty(Parser.Parse(ParserTestHelpers.Lex("  /* nothing */ "), bag).Declarations);
        Assert.False(bag.HasErrors);
    }
}
