using System.Globalization;
using System.Text;
using Altitude.Types;

namespace Altitude.Front.Semantics;

/// <summary>
/// Decoding of constants (C17 6.4.4) and string literals (6.4.5) from their spellings.
/// Errors come back as messages (the caller reports them with SEM107).
/// </summary>
internal static class LiteralDecoder
{
    /// <summary>Integer constant value and type (C17 6.4.4.1p5, gcc for too-large decimals).</summary>
    public static (Int128 Value, CType Type, string? Error) DecodeInteger(string spelling)
    {
        string s = spelling.Replace("'", "", StringComparison.Ordinal); // C2x digit separators
        int i = 0;
        int radix = 10;
        if (s.Length > 1 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) { radix = 16; i = 2; }
        else if (s.Length > 1 && s[0] == '0' && (s[1] == 'b' || s[1] == 'B')) { radix = 2; i = 2; }
        else if (s.Length > 0 && s[0] == '0') radix = 8;
        UInt128 value = 0;
        bool overflow = false;
        int digits = 0;
        for (; i < s.Length; i++)
        {
            int d = DigitValue(s[i]);
            if (d < 0 || d >= radix) break;
            var next = value * (UInt128)radix + (UInt128)d;
            if (value != 0 && next / (UInt128)radix != value) overflow = true;
            value = next;
            digits++;
        }
        if (digits == 0 && radix != 8) return (0, BasicType.Int, $"invalid integer constant '{spelling}'");
        string suffix = s[i..].ToLowerInvariant();
        bool unsigned = false;
        int longs = 0;
        switch (suffix)
        {
            case "": break;
            case "u": unsigned = true; break;
            case "l": longs = 1; break;
            case "ul" or "lu": unsigned = true; longs = 1; break;
            case "ll": longs = 2; break;
            case "ull" or "llu": unsigned = true; longs = 2; break;
            default: return (0, BasicType.Int, $"invalid suffix \"{s[i..]}\" on integer constant");
        }
        if (suffix.Contains("ll", StringComparison.Ordinal) && !(s[i..].Contains("ll", StringComparison.Ordinal) || s[i..].Contains("LL", StringComparison.Ordinal)))
            return (0, BasicType.Int, $"invalid suffix \"{s[i..]}\" on integer constant");
        if (overflow || value > ulong.MaxValue) return ((Int128)(ulong)value, BasicType.ULongLong, "integer constant is too large for its type");
        var v = (Int128)value;
        CType[] candidates = (radix == 10, unsigned, longs) switch
        {
            (true, false, 0) => [BasicType.Int, BasicType.Long],
            (true, false, 1) => [BasicType.Long],
            (true, false, 2) => [BasicType.LongLong],
            (false, false, 0) => [BasicType.Int, BasicType.UInt, BasicType.Long, BasicType.ULong],
            (false, false, 1) => [BasicType.Long, BasicType.ULong],
            (false, false, 2) => [BasicType.LongLong, BasicType.ULongLong],
            (_, true, 0) => [BasicType.UInt, BasicType.ULong],
            (_, true, 1) => [BasicType.ULong],
            _ => [BasicType.ULongLong],
        };
        foreach (var c in candidates)
            if (TypeRules.FitsIn(v, c)) return (v, c, null);
        // gcc: a decimal constant too large for long is given an unsigned type with a warning.
        return (v, unsigned || longs < 2 ? BasicType.ULong : BasicType.ULongLong, null);
    }

    private static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    /// <summary>Floating constant (C17 6.4.4.2): value as double, type by suffix.</summary>
    public static (double Value, CType Type, string? Error) DecodeFloating(string spelling)
    {
        string s = spelling.Replace("'", "", StringComparison.Ordinal);
        CType type = BasicType.Double;
        bool hex = s.StartsWith("0x", StringComparison.OrdinalIgnoreCase);
        char last = s.Length > 0 ? char.ToLowerInvariant(s[^1]) : ' ';
        if (last == 'f' && !(hex && !s.Contains('p', StringComparison.OrdinalIgnoreCase))) { type = BasicType.Float; s = s[..^1]; }
        else if (last == 'l') { type = BasicType.LongDouble; s = s[..^1]; }
        if (s.EndsWith("f16", StringComparison.OrdinalIgnoreCase) || s.EndsWith("f32", StringComparison.OrdinalIgnoreCase) || s.EndsWith("f64", StringComparison.OrdinalIgnoreCase) || s.EndsWith("f128", StringComparison.OrdinalIgnoreCase))
            return (0, type, $"unsupported floating suffix on '{spelling}'");
        if (hex)
        {
            var v = ParseHexFloat(s[2..]);
            return v is null ? (0, type, $"invalid floating constant '{spelling}'") : (type.Kind == TypeKind.Float ? (float)v.Value : v.Value, type, null);
        }
        if (!double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
            return (0, type, $"invalid floating constant '{spelling}'");
        return (type.Kind == TypeKind.Float ? (float)d : d, type, null);
    }

    private static double? ParseHexFloat(string s)
    {
        int p = s.IndexOfAny(['p', 'P']);
        if (p < 0) return null;
        string mant = s[..p];
        if (!int.TryParse(s[(p + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int exp)) return null;
        double m = 0;
        int fracDigits = 0;
        bool seenDot = false, any = false;
        foreach (char c in mant)
        {
            if (c == '.') { if (seenDot) return null; seenDot = true; continue; }
            int d = DigitValue(c);
            if (d < 0) return null;
            m = m * 16 + d;
            any = true;
            if (seenDot) fracDigits++;
        }
        if (!any) return null;
        return m * Math.Pow(2, exp - 4 * fracDigits);
    }

    /// <summary>Character constant (C17 6.4.4.4): value and type (int; wchar_t/char16_t/char32_t with prefixes).</summary>
    public static (Int128 Value, CType Type, string? Error) DecodeCharacter(string spelling)
    {
        int q = spelling.IndexOf('\'');
        if (q < 0 || spelling.Length < q + 2 || spelling[^1] != '\'') return (0, BasicType.Int, "missing terminating ' character");
        string prefix = spelling[..q];
        CType type = prefix switch
        {
            "L" => TypeRules.WCharT,
            "u" => TypeRules.Char16T,
            "U" => TypeRules.Char32T,
            "u8" => BasicType.UChar,
            _ => BasicType.Int,
        };
        var units = new List<uint>();
        string? error = DecodeBody(spelling.AsSpan(q + 1, spelling.Length - q - 2), prefix.Length == 0 || prefix == "u8" ? 1 : prefix == "u" ? 2 : 4, units);
        if (error is not null) return (0, type, error);
        if (units.Count == 0) return (0, type, "empty character constant");
        if (prefix.Length == 0)
        {
            if (units.Count == 1) return ((sbyte)(byte)units[0], type, null);
            Int128 v = 0;
            foreach (var u in units) v = (v << 8) | (byte)u;
            return (TypeRules.Truncate(v, BasicType.Int), type, null);
        }
        return (TypeRules.Truncate(units[^1], type), type, null);
    }

    /// <summary>
    /// A string-literal sequence: concatenated contents encoded in the element type (char: UTF-8;
    /// L and U: UTF-32; u: UTF-16) with the terminating null; little-endian bytes.
    /// </summary>
    public static (CType ElementType, byte[] Bytes, string? Error) DecodeStrings(IEnumerable<string> spellings)
    {
        string prefix = "";
        var parts = new List<(string Prefix, string Body)>();
        foreach (var sp in spellings)
        {
            int q = sp.IndexOf('"');
            if (q < 0 || sp.Length < q + 2 || sp[^1] != '"') return (BasicType.Char, [0], "missing terminating \" character");
            string p = sp[..q];
            if (p.Length > 0 && prefix.Length > 0 && p != prefix) return (BasicType.Char, [0], "unsupported non-standard concatenation of string literals");
            if (p.Length > 0 && p != "u8") prefix = p;
            else if (p == "u8" && prefix.Length == 0) prefix = "u8";
            parts.Add((p, sp[(q + 1)..^1]));
        }
        int unit = prefix is "" or "u8" ? 1 : prefix == "u" ? 2 : 4;
        CType elem = prefix switch
        {
            "L" => TypeRules.WCharT,
            "u" => TypeRules.Char16T,
            "U" => TypeRules.Char32T,
            _ => BasicType.Char,
        };
        var units = new List<uint>();
        foreach (var (_, body) in parts)
        {
            var err = DecodeBody(body.AsSpan(), unit, units);
            if (err is not null) return (elem, [0], err);
        }
        units.Add(0);
        var bytes = new byte[units.Count * unit];
        for (int i = 0; i < units.Count; i++)
        {
            uint u = units[i];
            for (int b = 0; b < unit; b++) bytes[i * unit + b] = (byte)(u >> (8 * b));
        }
        return (elem, bytes, null);
    }

    /// <summary>Decodes escapes and source characters into code units of the given size.</summary>
    private static string? DecodeBody(ReadOnlySpan<char> body, int unit, List<uint> units)
    {
        for (int i = 0; i < body.Length;)
        {
            char c = body[i];
            if (c != '\\')
            {
                int cp;
                if (char.IsHighSurrogate(c) && i + 1 < body.Length && char.IsLowSurrogate(body[i + 1])) { cp = char.ConvertToUtf32(c, body[i + 1]); i += 2; }
                else { cp = c; i++; }
                EmitCodePoint((uint)cp, unit, units);
                continue;
            }
            i++;
            if (i >= body.Length) return "missing escape character";
            char e = body[i++];
            switch (e)
            {
                case 'n': units.Add(10); break;
                case 't': units.Add(9); break;
                case 'r': units.Add(13); break;
                case 'a': units.Add(7); break;
                case 'b': units.Add(8); break;
                case 'f': units.Add(12); break;
                case 'v': units.Add(11); break;
                case 'e' or 'E': units.Add(27); break;
                case '\\' or '\'' or '"' or '?': units.Add(e); break;
                case >= '0' and <= '7':
                {
                    uint v = (uint)(e - '0');
                    for (int k = 0; k < 2 && i < body.Length && body[i] >= '0' && body[i] <= '7'; k++) v = v * 8 + (uint)(body[i++] - '0');
                    if (unit < 4 && v >= 1u << (8 * unit)) return "octal escape sequence out of range";
                    units.Add(v);
                    break;
                }
                case 'x':
                {
                    ulong v = 0;
                    int n = 0;
                    while (i < body.Length && DigitValue(body[i]) >= 0) { v = v * 16 + (ulong)DigitValue(body[i++]); n++; if (v > uint.MaxValue) return "hex escape sequence out of range"; }
                    if (n == 0) return "\\x used with no following hex digits";
                    if (unit < 4 && v >= 1UL << (8 * unit)) return "hex escape sequence out of range";
                    units.Add((uint)v);
                    break;
                }
                case 'u' or 'U':
                {
                    int len = e == 'u' ? 4 : 8;
                    if (i + len > body.Length) return "incomplete universal character name";
                    uint v = 0;
                    for (int k = 0; k < len; k++)
                    {
                        int d = DigitValue(body[i + k]);
                        if (d < 0) return "incomplete universal character name";
                        v = v * 16 + (uint)d;
                    }
                    i += len;
                    if (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return "invalid universal character name";
                    EmitCodePoint(v, unit, units);
                    break;
                }
                default:
                    units.Add(e); // gcc: unknown escape sequence (a warning); the character itself
                    break;
            }
        }
        return null;
    }

    private static void EmitCodePoint(uint cp, int unit, List<uint> units)
    {
        if (unit == 4) { units.Add(cp); return; }
        if (unit == 2)
        {
            if (cp >= 0x10000) { cp -= 0x10000; units.Add(0xD800 + (cp >> 10)); units.Add(0xDC00 + (cp & 0x3FF)); }
            else units.Add(cp);
            return;
        }
        if (cp < 0x80) { units.Add(cp); return; }
        Span<byte> buf = stackalloc byte[4];
        int n = new Rune((int)cp).EncodeToUtf8(buf);
        for (int k = 0; k < n; k++) units.Add(buf[k]);
    }
}
