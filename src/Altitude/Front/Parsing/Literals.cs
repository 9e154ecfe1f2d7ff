using System.Globalization;
using System.Numerics;
using System.Text;
using Altitude.Diagnostics;
using Altitude.Front.Lexing;
using Altitude.Text;

namespace Altitude.Front.Parsing;

/// <summary>The type C17 6.4.4.1p5 gives an integer constant (LP64: int 32 bits, long and long long 64).</summary>
public enum IntegerConstantType { Int, UnsignedInt, Long, UnsignedLong, LongLong, UnsignedLongLong }

[Flags]
public enum IntegerSuffix { None = 0, Unsigned = 1, Long = 2, LongLong = 4 }

/// <summary>A decoded integer constant. <see cref="Valid"/> is false after an error was reported (the value is then 0 or truncated).</summary>
public readonly record struct IntegerLiteral(ulong Value, IntegerSuffix Suffix, int Radix, IntegerConstantType Type, bool Valid);

public enum FloatingConstantType { Float, Double, LongDouble }

/// <summary>A decoded floating constant. For <c>f</c>-suffixed constants <see cref="Value"/> is exactly the binary32 value.</summary>
public readonly record struct FloatingLiteral(double Value, FloatingConstantType Type, bool Valid);

/// <summary>The encoding prefix of a character constant or string literal.</summary>
public enum LiteralEncoding
{
    /// <summary>No prefix: char, UTF-8 execution character set.</summary>
    Plain,
    /// <summary>u8: UTF-8.</summary>
    Utf8,
    /// <summary>L: wchar_t (32-bit int on Linux), UTF-32.</summary>
    Wide,
    /// <summary>u: char16_t, UTF-16.</summary>
    Utf16,
    /// <summary>U: char32_t, UTF-32.</summary>
    Utf32,
}

/// <summary>
/// A decoded character constant. Types (C17 6.4.4.4p10-11): Plain → int (a single char is
/// sign-extended as char is signed), Utf8 → unsigned char, Wide → wchar_t (int), Utf16 → char16_t, Utf32 → char32_t.
/// </summary>
public readonly record struct CharacterLiteral(long Value, LiteralEncoding Encoding, bool Valid);

/// <summary>
/// A decoded (concatenated) string literal: its code units WITHOUT the terminating null; bytes for
/// Plain/Utf8, 16-bit units for Utf16, 32-bit for Wide/Utf32.
/// </summary>
public sealed record StringLiteralValue(LiteralEncoding Encoding, uint[] Units, bool Valid)
{
    /// <summary>Size of one code unit in bytes (the array element type's size).</summary>
    public int UnitSize => Encoding switch
    {
        LiteralEncoding.Plain or LiteralEncoding.Utf8 => 1,
        LiteralEncoding.Utf16 => 2,
        _ => 4,
    };
}

/// <summary>
/// Decoding of constants and string literals (C17 6.4.4, 6.4.5) from their exact spelling. Each
/// method reports malformed input to the bag at the given location and still returns a value.
/// </summary>
public static class Literals
{
    /// <summary>Is this pp-number a floating constant (has '.', a decimal exponent, or a hex 'p' exponent)?</summary>
    public static bool IsFloatingSpelling(string s)
    {
        if (s.Length > 1 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
            return s.AsSpan(2).IndexOfAny(".pP") >= 0;
        return s.AsSpan().IndexOfAny(".eE") >= 0;
    }

    // ---- integers (C17 6.4.4.1) -------------------------------------------------------------

    // integer-constant: decimal-constant | octal-constant | hexadecimal-constant (| GNU 0b binary), integer-suffix?
    public static IntegerLiteral DecodeInteger(string spelling, SourceLocation location, DiagnosticBag diagnostics)
    {
        var s = spelling;
        var i = 0;
        var radix = 10;
        if (s.Length > 1 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) { radix = 16; i = 2; }
        else if (s.Length > 1 && s[0] == '0' && (s[1] == 'b' || s[1] == 'B')) { radix = 2; i = 2; }
        else if (s.Length > 0 && s[0] == '0') radix = 8;

        ulong value = 0;
        var overflow = false;
        var valid = true;
        var digitsStart = i;
        for (; i < s.Length; i++)
        {
            var d = DigitValue(s[i]);
            if (d < 0 || d >= 16 || (radix != 16 && d >= 10)) break;
            if (d >= radix)
            {
                diagnostics.Report(ParserErrors.InvalidDigit, location, s[i], radix == 8 ? "octal" : "binary");
                valid = false;
                d = 0;
            }
            var next = value * (ulong)radix + (ulong)d;
            if (value > (ulong.MaxValue - (ulong)d) / (ulong)radix) overflow = true;
            value = next;
        }
        if (radix != 8 && radix != 10 && i == digitsStart)
        {
            // `0x` or `0b` with no digits: gcc calls the letter and what follows the suffix.
            diagnostics.Report(ParserErrors.InvalidSuffix, location, s[1..], "integer");
            return new IntegerLiteral(0, IntegerSuffix.None, radix, IntegerConstantType.Int, false);
        }

        var suffixText = s[i..];
        var suffix = ParseIntegerSuffix(suffixText);
        if (suffix is null)
        {
            diagnostics.Report(ParserErrors.InvalidSuffix, location, suffixText, "integer");
            return new IntegerLiteral(value, IntegerSuffix.None, radix, IntegerConstantType.Int, false);
        }
        if (overflow)
        {
            diagnostics.Report(ParserErrors.IntegerTooLarge, location);
            return new IntegerLiteral(value, suffix.Value, radix, IntegerConstantType.UnsignedLongLong, false);
        }
        var type = SelectIntegerType(value, suffix.Value, radix == 10);
        if (type is null)
        {
            // A decimal constant without 'u' above LLONG_MAX: gcc makes it unsigned with a warning.
            diagnostics.Report(ParserErrors.IntegerSoLargeItIsUnsigned, location);
            type = IntegerConstantType.UnsignedLongLong;
            if ((suffix.Value & (IntegerSuffix.Long | IntegerSuffix.LongLong)) == IntegerSuffix.Long) type = IntegerConstantType.UnsignedLong;
            if (suffix.Value == IntegerSuffix.None) type = IntegerConstantType.UnsignedLong;
        }
        return new IntegerLiteral(value, suffix.Value, radix, type.Value, valid);
    }

    private static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    // integer-suffix: u l? | u ll? | l u? | ll u?  (any case; ll must be the same case)
    private static IntegerSuffix? ParseIntegerSuffix(string s)
    {
        var result = IntegerSuffix.None;
        var i = 0;
        var sawU = false;
        var sawL = false;
        while (i < s.Length)
        {
            var c = s[i];
            if ((c == 'u' || c == 'U') && !sawU) { sawU = true; result |= IntegerSuffix.Unsigned; i++; }
            else if ((c == 'l' || c == 'L') && !sawL)
            {
                sawL = true;
                if (i + 1 < s.Length && s[i + 1] == c) { result |= IntegerSuffix.LongLong; i += 2; }
                else { result |= IntegerSuffix.Long; i++; }
            }
            else return null;
        }
        return result;
    }

    /// <summary>
    /// C17 6.4.4.1p5: the first type of the constant's candidate list that can represent the value;
    /// null when none can.
    /// </summary>
    public static IntegerConstantType? SelectIntegerType(ulong value, IntegerSuffix suffix, bool isDecimal)
    {
        var unsigned = (suffix & IntegerSuffix.Unsigned) != 0;
        var rank = (suffix & IntegerSuffix.LongLong) != 0 ? 2 : (suffix & IntegerSuffix.Long) != 0 ? 1 : 0;
        Span<IntegerConstantType> candidates = stackalloc IntegerConstantType[6];
        var n = 0;
        void Add(Span<IntegerConstantType> c, IntegerConstantType t) => c[n++] = t;
        if (rank <= 0)
        {
            if (!unsigned) Add(candidates, IntegerConstantType.Int);
            if (unsigned || !isDecimal) Add(candidates, IntegerConstantType.UnsignedInt);
        }
        if (rank <= 1)
        {
            if (!unsigned) Add(candidates, IntegerConstantType.Long);
            if (unsigned || !isDecimal) Add(candidates, IntegerConstantType.UnsignedLong);
        }
        if (!unsigned) Add(candidates, IntegerConstantType.LongLong);
        if (unsigned || !isDecimal) Add(candidates, IntegerConstantType.UnsignedLongLong);
        for (var k = 0; k < n; k++)
        {
            var max = candidates[k] switch
            {
                IntegerConstantType.Int => (ulong)int.MaxValue,
                IntegerConstantType.UnsignedInt => (ulong)uint.MaxValue,
                IntegerConstantType.Long or IntegerConstantType.LongLong => (ulong)long.MaxValue,
                _ => ulong.MaxValue,
            };
            if (value <= max) return candidates[k];
        }
        return null;
    }

    // ---- floating (C17 6.4.4.2) -------------------------------------------------------------

    // floating-constant: decimal-floating-constant | hexadecimal-floating-constant, floating-suffix? (f l F L)
    public static FloatingLiteral DecodeFloating(string spelling, SourceLocation location, DiagnosticBag diagnostics)
    {
        var s = spelling;
        var type = FloatingConstantType.Double;
        var end = s.Length;
        if (end > 0 && (s[end - 1] == 'f' || s[end - 1] == 'F') && !IsHexWithoutExponentEnd(s)) { type = FloatingConstantType.Float; end--; }
        else if (end > 0 && (s[end - 1] == 'l' || s[end - 1] == 'L')) { type = FloatingConstantType.LongDouble; end--; }
        var body = s[..end];
        var isHex = body.Length > 1 && body[0] == '0' && (body[1] == 'x' || body[1] == 'X');
        double value;
        bool ok;
        if (isHex) ok = TryParseHexFloat(body, type == FloatingConstantType.Float, out value);
        else ok = TryParseDecimalFloat(body, type == FloatingConstantType.Float, out value);
        if (!ok)
        {
            diagnostics.Report(ParserErrors.MalformedFloating, location, spelling);
            return new FloatingLiteral(0, type, false);
        }
        if (double.IsInfinity(value))
            diagnostics.Report(ParserErrors.FloatingOutOfRange, location, type == FloatingConstantType.Float ? "float" : type == FloatingConstantType.Double ? "double" : "long double");
        return new FloatingLiteral(value, type, true);
    }

    // A trailing 'f' is a hex digit in `0x1f`, but such a spelling is not floating anyway; in `0x1p3f` it is a suffix.
    private static bool IsHexWithoutExponentEnd(string s) =>
        s.Length > 1 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') && s.AsSpan(2).IndexOfAny("pP") < 0;

    private static bool TryParseDecimalFloat(string body, bool asFloat, out double value)
    {
        value = 0;
        // digit-sequence? . digit-sequence? exponent? with at least one digit, or digits exponent
        var i = 0;
        var digits = 0;
        while (i < body.Length && char.IsAsciiDigit(body[i])) { i++; digits++; }
        var dot = false;
        if (i < body.Length && body[i] == '.') { dot = true; i++; }
        while (i < body.Length && char.IsAsciiDigit(body[i])) { i++; digits++; }
        if (digits == 0) return false;
        var exponent = false;
        if (i < body.Length && (body[i] == 'e' || body[i] == 'E'))
        {
            exponent = true;
            i++;
            if (i < body.Length && (body[i] == '+' || body[i] == '-')) i++;
            var expDigits = 0;
            while (i < body.Length && char.IsAsciiDigit(body[i])) { i++; expDigits++; }
            if (expDigits == 0) return false;
        }
        if (i != body.Length || (!dot && !exponent)) return false;
        const NumberStyles style = NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;
        // .NET parses correctly rounded (IEEE) in both widths; parse binary32 directly to avoid double rounding.
        if (asFloat)
        {
            if (!float.TryParse(body, style, CultureInfo.InvariantCulture, out var f)) return false;
            value = f;
            return true;
        }
        return double.TryParse(body, style, CultureInfo.InvariantCulture, out value);
    }

    // hexadecimal-floating-constant: 0x hex-digits? . hex-digits? p sign? digits (exponent required)
    private static bool TryParseHexFloat(string body, bool asFloat, out double value)
    {
        value = 0;
        var i = 2;
        BigInteger mantissa = BigInteger.Zero;
        var digits = 0;
        var fractionDigits = 0;
        var dot = false;
        for (; i < body.Length; i++)
        {
            var c = body[i];
            if (c == '.')
            {
                if (dot) return false;
                dot = true;
                continue;
            }
            var d = DigitValue(c);
            if (d < 0) break;
            mantissa = (mantissa << 4) | d;
            digits++;
            if (dot) fractionDigits++;
        }
        if (digits == 0 || i >= body.Length || (body[i] != 'p' && body[i] != 'P')) return false;
        i++;
        var negative = false;
        if (i < body.Length && (body[i] == '+' || body[i] == '-')) { negative = body[i] == '-'; i++; }
        long exp = 0;
        var expDigits = 0;
        for (; i < body.Length && char.IsAsciiDigit(body[i]); i++)
        {
            if (exp < 100_000_000) exp = exp * 10 + (body[i] - '0');
            expDigits++;
        }
        if (expDigits == 0 || i != body.Length) return false;
        if (negative) exp = -exp;
        value = ScaleExactly(mantissa, exp - 4L * fractionDigits, asFloat);
        return true;
    }

    /// <summary>m × 2^e rounded to nearest-even in binary32 or binary64, subnormals and overflow included.</summary>
    private static double ScaleExactly(BigInteger m, long e, bool asFloat)
    {
        if (m.IsZero) return 0;
        var precision = asFloat ? 24 : 53;
        var minLsb = asFloat ? -149 : -1074;
        var maxExponent = asFloat ? 127 : 1023;
        var bitLength = (long)m.GetBitLength();
        var topExponent = bitLength - 1 + e;
        if (topExponent > maxExponent + 1) return double.PositiveInfinity;
        var lsb = Math.Max(topExponent - precision + 1, minLsb);
        var shift = lsb - e;
        BigInteger q;
        if (shift <= 0) q = m << (int)Math.Min(-shift, 4096);
        else if (shift > bitLength + 1) q = BigInteger.Zero; // far below half the smallest subnormal
        else
        {
            q = m >> (int)shift;
            var remainder = m - (q << (int)shift);
            var half = BigInteger.One << (int)(shift - 1);
            var cmp = remainder.CompareTo(half);
            if (cmp > 0 || (cmp == 0 && !q.IsEven)) q += 1;
        }
        if (asFloat)
        {
            var f = MathF.ScaleB((float)q, (int)lsb);
            return f;
        }
        return Math.ScaleB((double)q, (int)lsb);
    }

    // ---- character constants (C17 6.4.4.4) --------------------------------------------------

    // character-constant: ' c-char-sequence ' | L' ... ' | u' ... ' | U' ... '  (C2x/GNU: u8' ... ')
    public static CharacterLiteral DecodeCharacter(string spelling, SourceLocation location, DiagnosticBag diagnostics)
    {
        var (encoding, start) = Prefix(spelling);
        var content = spelling.Length >= start + 2 ? spelling[(start + 1)..^1] : "";
        var valid = true;
        var units = new List<uint>();
        DecodeContent(content, encoding, location, diagnostics, units, ref valid);
        if (units.Count == 0)
        {
            diagnostics.Report(ParserErrors.EmptyCharacterConstant, location);
            return new CharacterLiteral(0, encoding, false);
        }
        switch (encoding)
        {
            case LiteralEncoding.Plain:
                if (units.Count == 1) return new CharacterLiteral((sbyte)(byte)units[0], encoding, valid);
                // gcc's multi-character value: the bytes shifted in big-endian order, truncated to int.
                if (units.Count > 4) diagnostics.Report(ParserErrors.CharacterConstantTooLong, location);
                else diagnostics.Report(ParserErrors.MultiCharacterConstant, location);
                uint combined = 0;
                foreach (var u in units) combined = (combined << 8) | (byte)u;
                return new CharacterLiteral((int)combined, encoding, valid);
            case LiteralEncoding.Utf8:
                if (units.Count > 1)
                {
                    diagnostics.Report(ParserErrors.CharacterNotEncodable, location);
                    valid = false;
                }
                return new CharacterLiteral((byte)units[0], encoding, valid);
            default:
                if (units.Count > 1)
                {
                    if (encoding == LiteralEncoding.Utf16 && IsSurrogatePair(units))
                    {
                        diagnostics.Report(ParserErrors.CharacterNotEncodable, location);
                        valid = false;
                    }
                    else diagnostics.Report(ParserErrors.CharacterConstantTooLong, location);
                }
                var last = units[^1];
                long v = encoding == LiteralEncoding.Wide ? (int)last : last;
                return new CharacterLiteral(v, encoding, valid);
        }
    }

    private static bool IsSurrogatePair(List<uint> units) =>
        units.Count == 2 && units[0] is >= 0xD800 and <= 0xDBFF && units[1] is >= 0xDC00 and <= 0xDFFF;

    private static (LiteralEncoding Encoding, int QuoteIndex) Prefix(string s)
    {
        if (s.StartsWith("u8", StringComparison.Ordinal)) return (LiteralEncoding.Utf8, 2);
        if (s.StartsWith('L')) return (LiteralEncoding.Wide, 1);
        if (s.StartsWith('u')) return (LiteralEncoding.Utf16, 1);
        if (s.StartsWith('U')) return (LiteralEncoding.Utf32, 1);
        return (LiteralEncoding.Plain, 0);
    }

    // ---- string literals (C17 6.4.5) --------------------------------------------------------

    /// <summary>Decodes one string literal token's spelling.</summary>
    public static StringLiteralValue DecodeString(string spelling, SourceLocation location, DiagnosticBag diagnostics) =>
        DecodeStringSequence([new Token(TokenKind.StringLiteral, spelling, location)], diagnostics);

    /// <summary>
    /// Decodes and concatenates adjacent string literals (C17 6.4.5p5): the result takes the one
    /// encoding prefix present (plain pieces join any prefix); two different prefixes are an error.
    /// Each piece's escapes are decoded in the result's encoding.
    /// </summary>
    public static StringLiteralValue DecodeStringSequence(IReadOnlyList<Token> parts, DiagnosticBag diagnostics)
    {
        var encoding = LiteralEncoding.Plain;
        var valid = true;
        foreach (var part in parts)
        {
            var (e, _) = Prefix(part.Text);
            if (e == LiteralEncoding.Plain || e == encoding) continue;
            if (encoding == LiteralEncoding.Plain) encoding = e;
            else if (valid)
            {
                diagnostics.Report(ParserErrors.IncompatibleStringConcatenation, part.Location);
                valid = false;
            }
        }
        var units = new List<uint>();
        foreach (var part in parts)
        {
            var (_, start) = Prefix(part.Text);
            var text = part.Text;
            var content = text.Length >= start + 2 ? text[(start + 1)..^1] : "";
            DecodeContent(content, encoding, part.Location, diagnostics, units, ref valid);
        }
        return new StringLiteralValue(encoding, units.ToArray(), valid);
    }

    // ---- shared: c-char / s-char sequences with escapes (C17 6.4.4.4) ----------------------

    private static void DecodeContent(string content, LiteralEncoding encoding, SourceLocation location, DiagnosticBag diagnostics, List<uint> units, ref bool valid)
    {
        var maxUnit = encoding switch
        {
            LiteralEncoding.Plain or LiteralEncoding.Utf8 => 0xFFu,
            LiteralEncoding.Utf16 => 0xFFFFu,
            _ => 0xFFFFFFFFu,
        };
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < content.Length;)
        {
            var c = content[i];
            if (c != '\\')
            {
                // A source character: its code point encoded in the literal's encoding.
                uint cp;
                if (char.IsHighSurrogate(c) && i + 1 < content.Length && char.IsLowSurrogate(content[i + 1]))
                {
                    cp = (uint)char.ConvertToUtf32(c, content[i + 1]);
                    i += 2;
                }
                else
                {
                    cp = char.IsSurrogate(c) ? 0xFFFDu : c;
                    i++;
                }
                AppendCodePoint(cp, encoding, units, utf8);
                continue;
            }
            i++;
            if (i >= content.Length)
            {
                units.Add('\\');
                break;
            }
            var e = content[i++];
            switch (e)
            {
                case 'n': units.Add('\n'); break;
                case 't': units.Add('\t'); break;
                case 'a': units.Add(7); break;
                case 'b': units.Add(8); break;
                case 'f': units.Add(12); break;
                case 'v': units.Add(11); break;
                case 'r': units.Add('\r'); break;
                case 'e': case 'E': units.Add(27); break; // GNU
                case '\\': units.Add('\\'); break;
                case '\'': units.Add('\''); break;
                case '"': units.Add('"'); break;
                case '?': units.Add('?'); break;
                case >= '0' and <= '7':
                    {
                        uint v = (uint)(e - '0');
                        for (var k = 0; k < 2 && i < content.Length && content[i] is >= '0' and <= '7'; k++) v = v * 8 + (uint)(content[i++] - '0');
                        if (v > maxUnit)
                        {
                            diagnostics.Report(ParserErrors.OctalEscapeOutOfRange, location);
                            valid = false;
                            v &= maxUnit;
                        }
                        units.Add(v);
                        break;
                    }
                case 'x':
                    {
                        ulong v = 0;
                        var n = 0;
                        var overflow = false;
                        while (i < content.Length && DigitValue(content[i]) >= 0)
                        {
                            v = (v << 4) | (uint)DigitValue(content[i++]);
                            n++;
                            if (v > maxUnit) overflow = true;
                        }
                        if (n == 0)
                        {
                            diagnostics.Report(ParserErrors.HexEscapeWithoutDigits, location);
                            valid = false;
                        }
                        else if (overflow)
                        {
                            diagnostics.Report(ParserErrors.HexEscapeOutOfRange, location);
                            valid = false;
                        }
                        units.Add((uint)(v & maxUnit));
                        break;
                    }
                case 'u':
                case 'U':
                    {
                        var want = e == 'u' ? 4 : 8;
                        uint v = 0;
                        var n = 0;
                        while (n < want && i < content.Length && DigitValue(content[i]) >= 0)
                        {
                            v = (v << 4) | (uint)DigitValue(content[i++]);
                            n++;
                        }
                        var ucnText = "\\" + e + content.Substring(i - n, n);
                        if (n < want)
                        {
                            diagnostics.Report(ParserErrors.IncompleteUniversalCharacter, location, ucnText);
                            valid = false;
                            break;
                        }
                        // C17 6.4.3p2: no surrogates, nothing above U+10FFFF, nothing below U+00A0 but $ @ `.
                        if ((v < 0xA0 && v != 0x24 && v != 0x40 && v != 0x60) || v is >= 0xD800 and <= 0xDFFF || v > 0x10FFFF)
                        {
                            diagnostics.Report(ParserErrors.InvalidUniversalCharacter, location, ucnText);
                            valid = false;
                            break;
                        }
                        AppendCodePoint(v, encoding, units, utf8);
                        break;
                    }
                default:
                    diagnostics.Report(ParserErrors.UnknownEscape, location, e);
                    units.Add(e);
                    break;
            }
        }
    }

    private static void AppendCodePoint(uint cp, LiteralEncoding encoding, List<uint> units, Span<byte> utf8)
    {
        switch (encoding)
        {
            case LiteralEncoding.Plain:
            case LiteralEncoding.Utf8:
                if (cp < 0x80)
                {
                    units.Add(cp);
                    return;
                }
                var n = new Rune(cp).EncodeToUtf8(utf8);
                for (var k = 0; k < n; k++) units.Add(utf8[k]);
                return;
            case LiteralEncoding.Utf16:
                if (cp < 0x10000)
                {
                    units.Add(cp);
                    return;
                }
                var v = cp - 0x10000;
                units.Add(0xD800 + (v >> 10));
                units.Add(0xDC00 + (v & 0x3FF));
                return;
            default:
                units.Add(cp);
                return;
        }
    }
}
