using Altitude.Diagnostics;
using Altitude.Front.Lexing;
using Altitude.Front.Parsing;
using Altitude.Text;

namespace Altitude.Tests.Parsing;

public class LiteralTests
{
    private static readonly SourceLocation L = new("t.c", 1, 1, 0);

    private static (IntegerLiteral Value, DiagnosticBag Bag) Int(string s)
    {
        var bag = new DiagnosticBag();
        return (Literals.DecodeInteger(s, L, bag), bag);
    }

    [Theory]
    [InlineData("0", 0UL, IntegerConstantType.Int)]
    [InlineData("2147483647", 2147483647UL, IntegerConstantType.Int)]
    [InlineData("2147483648", 2147483648UL, IntegerConstantType.Long)]
    [InlineData("0x7fffffff", 0x7fffffffUL, IntegerConstantType.Int)]
    [InlineData("0x80000000", 0x80000000UL, IntegerConstantType.UnsignedInt)]
    [InlineData("0xFFFFFFFF", 0xFFFFFFFFUL, IntegerConstantType.UnsignedInt)]
    [InlineData("0x100000000", 0x100000000UL, IntegerConstantType.Long)]
    [InlineData("9223372036854775807", 9223372036854775807UL, IntegerConstantType.Long)]
    [InlineData("0x8000000000000000", 0x8000000000000000UL, IntegerConstantType.UnsignedLong)]
    [InlineData("0xFFFFFFFFFFFFFFFF", ulong.MaxValue, IntegerConstantType.UnsignedLong)]
    [InlineData("017", 15UL, IntegerConstantType.Int)]
    [InlineData("037777777777", 0xFFFFFFFFUL, IntegerConstantType.UnsignedInt)]
    [InlineData("0b1010", 10UL, IntegerConstantType.Int)]
    [InlineData("1u", 1UL, IntegerConstantType.UnsignedInt)]
    [InlineData("4294967296u", 4294967296UL, IntegerConstantType.UnsignedLong)]
    [InlineData("1l", 1UL, IntegerConstantType.Long)]
    [InlineData("1LL", 1UL, IntegerConstantType.LongLong)]
    [InlineData("1uL", 1UL, IntegerConstantType.UnsignedLong)]
    [InlineData("1Lu", 1UL, IntegerConstantType.UnsignedLong)]
    [InlineData("1llu", 1UL, IntegerConstantType.UnsignedLongLong)]
    [InlineData("1ULL", 1UL, IntegerConstantType.UnsignedLongLong)]
    [InlineData("0xFFFFFFFFFFFFFFFFll", ulong.MaxValue, IntegerConstantType.UnsignedLongLong)]
    [InlineData("9223372036854775807LL", 9223372036854775807UL, IntegerConstantType.LongLong)]
    public void IntegerTypeSelection(string spelling, ulong value, IntegerConstantType type)
    {
        var (v, bag) = Int(spelling);
        Assert.Empty(bag.Items);
        Assert.Equal(value, v.Value);
        Assert.Equal(type, v.Type);
        Assert.True(v.Valid);
    }

    [Fact]
    public void SuffixTextInMessages()
    {
        Assert.Equal("invalid suffix \"x\" on integer constant", Int("0x").Bag.Items[0].Message);
        Assert.Equal("invalid suffix \"abc\" on integer constant", Int("12abc").Bag.Items[0].Message);
        Assert.Equal("invalid digit '9' in octal constant", Int("019").Bag.Items[0].Message);
    }

    [Fact]
    public void DecimalTooLargeForSignedWarnsAndBecomesUnsigned()
    {
        var (v, bag) = Int("18446744073709551615");
        Assert.Equal(ulong.MaxValue, v.Value);
        Assert.Equal(IntegerConstantType.UnsignedLong, v.Type);
        Assert.Equal("SYN102", Assert.Single(bag.Items).Id);
    }

    [Theory]
    [InlineData("18446744073709551616", "SYN101")]
    [InlineData("0x10000000000000000", "SYN101")]
    [InlineData("09", "SYN103")]
    [InlineData("0b102", "SYN103")]
    [InlineData("12abc", "SYN104")]
    [InlineData("1lul", "SYN104")]
    [InlineData("1lL", "SYN104")]
    [InlineData("0x", "SYN104")]
    public void IntegerErrors(string spelling, string id)
    {
        var (v, bag) = Int(spelling);
        Assert.False(v.Valid && bag.HasErrors == false);
        Assert.Equal(id, bag.Items[0].Id);
    }

    private static FloatingLiteral Float(string s)
    {
        var bag = new DiagnosticBag();
        var f = Literals.DecodeFloating(s, L, bag);
        Assert.False(bag.HasErrors, string.Join("\n", bag.Items));
        return f;
    }

    [Fact]
    public void DecimalFloats()
    {
        Assert.Equal(1.5, Float("1.5").Value);
        Assert.Equal(0.1, Float(".1").Value);
        Assert.Equal(1000.0, Float("1e3").Value);
        Assert.Equal(2.0, Float("2.").Value);
        Assert.Equal(FloatingConstantType.Float, Float("1.0f").Type);
        Assert.Equal(FloatingConstantType.LongDouble, Float("1.0L").Type);
        Assert.Equal(FloatingConstantType.Double, Float("1e-3").Type);
    }

    [Fact]
    public void FloatSuffixRoundsDirectlyToBinary32()
    {
        // 1.00000005960464477550 lies just above the midpoint between 1 and the next float (1 + 2^-23);
        // rounding first to double gives exactly the midpoint, which would then round (ties-to-even) down to 1.
        var f = Float("1.00000005960464477550f");
        Assert.Equal(1.0000001192092896, f.Value);
        Assert.Equal((double)0.1f, Float("0.1f").Value);
    }

    [Theory]
    [InlineData("0x1p0", 1.0)]
    [InlineData("0x1.8p1", 3.0)]
    [InlineData("0xAp-2", 2.5)]
    [InlineData("0x.8p0", 0.5)]
    [InlineData("0x1.fffffffffffffp1023", double.MaxValue)]
    [InlineData("0x1p-1074", double.Epsilon)]
    [InlineData("0x1p-1075", 0.0)]
    [InlineData("0x1.8p-1074", 2 * double.Epsilon)]
    [InlineData("0x1.00000000000008p0", 1.0)]
    [InlineData("0x1.00000000000018p0", 1.0000000000000004)]
    public void HexFloatsAreExact(string spelling, double expected) => Assert.Equal(expected, Float(spelling).Value);

    [Fact]
    public void HexFloatWithFloatSuffixAndSubnormals()
    {
        Assert.Equal((double)float.Epsilon, Float("0x1p-149f").Value);
        Assert.Equal((double)float.MaxValue, Float("0x1.fffffep127f").Value);
        Assert.Equal(1.0, Float("0x1.000001p0f").Value); // tie rounds to even
    }

    [Theory]
    [InlineData("1.2.3")]
    [InlineData("1e")]
    [InlineData("0x1.0")]
    [InlineData("1.0q")]
    public void MalformedFloats(string spelling)
    {
        var bag = new DiagnosticBag();
        Assert.False(Literals.DecodeFloating(spelling, L, bag).Valid);
        Assert.Equal("SYN105", bag.Items[0].Id);
    }

    [Fact]
    public void FloatOverflowWarns()
    {
        var bag = new DiagnosticBag();
        Assert.True(double.IsPositiveInfinity(Literals.DecodeFloating("1e999", L, bag).Value));
        Assert.Equal("SYN106", bag.Items[0].Id);
    }

    private static CharacterLiteral Char(string s, string? expectedId = null)
    {
        var bag = new DiagnosticBag();
        var c = Literals.DecodeCharacter(s, L, bag);
        if (expectedId is null) Assert.Empty(bag.Items);
        else Assert.Equal(expectedId, bag.Items[0].Id);
        return c;
    }

    [Theory]
    [InlineData("'a'", 97)]
    [InlineData("'\\n'", 10)]
    [InlineData("'\\t'", 9)]
    [InlineData("'\\a'", 7)]
    [InlineData("'\\b'", 8)]
    [InlineData("'\\f'", 12)]
    [InlineData("'\\v'", 11)]
    [InlineData("'\\r'", 13)]
    [InlineData("'\\\\'", 92)]
    [InlineData("'\\''", 39)]
    [InlineData("'\\\"'", 34)]
    [InlineData("'\\?'", 63)]
    [InlineData("'\\e'", 27)]
    [InlineData("'\\0'", 0)]
    [InlineData("'\\101'", 65)]
    [InlineData("'\\1234'", 0)] // two characters: '\123' '4' — checked separately below
    [InlineData("'\\x41'", 65)]
    [InlineData("'\\xff'", -1)]
    [InlineData("'\\377'", -1)]
    [InlineData("'\\x0000041'", 65)]
    public void CharacterEscapes(string spelling, long value)
    {
        if (spelling == "'\\1234'")
        {
            Assert.Equal((0x53 << 8) | 0x34, Char(spelling, "SYN113").Value);
            return;
        }
        Assert.Equal(value, Char(spelling).Value);
    }

    [Fact]
    public void MultiCharacterConstantsUseGccValue()
    {
        Assert.Equal(0x6162, Char("'ab'", "SYN113").Value);
        Assert.Equal(0x61626364, Char("'abcd'", "SYN113").Value);
        Assert.Equal(0x62636465, Char("'abcde'", "SYN114").Value);
        Assert.Equal(unchecked((int)0xFF616263), Char("'\\377abc'", "SYN113").Value);
    }

    [Fact]
    public void PrefixedCharacterConstants()
    {
        Assert.Equal((LiteralEncoding.Wide, 0x263A), (Char("L'\u263A'").Encoding, Char("L'\u263A'").Value));
        Assert.Equal(0x263A, Char("u'\\u263A'").Value);
        Assert.Equal(0x1F600, Char("U'\\U0001F600'").Value);
        Assert.Equal(0x1F600, Char("U'\U0001F600'").Value);
        Assert.Equal(LiteralEncoding.Utf8, Char("u8'a'").Encoding);
        Assert.Equal(-1, Char("L'\\xffffffff'").Value);
        Assert.Equal(0xFFFF, Char("u'\\xffff'").Value);
        Char("u'\\U0001F600'", "SYN115");
        Char("u'\\x10000'", "SYN107");
    }

    [Fact]
    public void PlainCharacterWithNonAsciiSourceIsItsUtf8Bytes()
    {
        Assert.Equal(0xC3A9, Char("'\u00e9'", "SYN113").Value);
    }

    [Theory]
    [InlineData("'\\x100'", "SYN107")]
    [InlineData("'\\400'", "SYN108")]
    [InlineData("'\\x'", "SYN117")]
    [InlineData("''", "SYN112")]
    [InlineData("'\\u12'", "SYN111")]
    [InlineData("'\\u0041'", "SYN110")]
    [InlineData("'\\uD800'", "SYN110")]
    [InlineData("'\\q'", "SYN109")]
    public void CharacterErrors(string spelling, string id) => Char(spelling, id);

    private static StringLiteralValue Str(params string[] parts)
    {
        var bag = new DiagnosticBag();
        var v = Literals.DecodeStringSequence(parts.Select(p => new Token(TokenKind.StringLiteral, p, L)).ToList(), bag);
        Assert.Empty(bag.Items);
        return v;
    }

    [Fact]
    public void PlainStringsAreUtf8Bytes()
    {
        var v = Str("\"a\\n\\x41\\0z\"");
        Assert.Equal([97u, 10u, 65u, 0u, 122u], v.Units);
        Assert.Equal([0xC3u, 0xA9u, 0xE2u, 0x82u, 0xACu], Str("\"\u00e9\\u20AC\"").Units);
        Assert.Equal(1, v.UnitSize);
    }

    [Fact]
    public void HexEscapeEndsTheDigitsNotTheString()
    {
        // "\x41" "42" concatenates after escape processing: 'A', '4', '2'.
        Assert.Equal([65u, 52u, 50u], Str("\"\\x41\"", "\"42\"").Units);
    }

    [Fact]
    public void ConcatenationTakesThePrefix()
    {
        var v = Str("\"a\"", "L\"b\"", "\"c\"");
        Assert.Equal(LiteralEncoding.Wide, v.Encoding);
        Assert.Equal([97u, 98u, 99u], v.Units);
        Assert.Equal(4, v.UnitSize);
        var u16 = Str("u\"\U0001F600\"");
        Assert.Equal([0xD83Du, 0xDE00u], u16.Units);
        Assert.Equal(2, u16.UnitSize);
        Assert.Equal(LiteralEncoding.Utf8, Str("u8\"x\"", "\"y\"").Encoding);
        Assert.Equal([0x1F600u], Str("U\"\\U0001F600\"").Units);
    }

    [Fact]
    public void MixedPrefixesAreAnError()
    {
        var bag = new DiagnosticBag();
        var v = Literals.DecodeStringSequence([new Token(TokenKind.StringLiteral, "L\"a\"", L), new Token(TokenKind.StringLiteral, "u\"b\"", L)], bag);
        Assert.False(v.Valid);
        Assert.Equal("SYN116", bag.Items[0].Id);
    }

    [Fact]
    public void WideStringHexEscapeMayUseAllThirtyTwoBits()
    {
        Assert.Equal([0x12345678u], Str("L\"\\x12345678\"").Units);
        var bag = new DiagnosticBag();
        Literals.DecodeString("\"\\x1ff\"", L, bag);
        Assert.Equal("SYN107", bag.Items[0].Id);
    }
}
