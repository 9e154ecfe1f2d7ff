using System.Globalization;
using System.Text;
using Altitude.Diagnostics;
using Altitude.Text;

namespace Altitude.Sexpcode;

/// <summary>Where each sexp read from text started, for diagnostics about sexpcode that was read rather than made.</summary>
public sealed class SexpPositions(SourceFile file)
{
    private readonly Dictionary<Sexp, int> _offsets = new(ReferenceEqualityComparer.Instance);

    public SourceFile File { get; } = file;

    internal void Add(Sexp sexp, int offset) => _offsets.TryAdd(sexp, offset);

    public SourceLocation? Find(Sexp sexp) => _offsets.TryGetValue(sexp, out var o) ? File.LocationOf(o) : null;
}

/// <summary>
/// Reads the text form of sexpcode (see docs/sexpcode.md). The input is untrusted: any text yields
/// either a sexp or exactly one located diagnostic — never an exception, and nesting is handled with
/// an explicit stack and a depth limit, so deep input cannot overflow the .NET stack.
/// </summary>
public sealed class SexpReader
{
    public const int DefaultMaxDepth = 10_000;

    private readonly SourceFile _file;
    private readonly string _text;
    private readonly DiagnosticBag _diagnostics;
    private readonly int _maxDepth;
    private readonly SexpPositions? _positions;
    private readonly StringBuilder _scratch = new();
    private int _pos;

    private SexpReader(SourceFile file, DiagnosticBag diagnostics, int maxDepth, SexpPositions? positions)
    {
        _file = file;
        _text = file.Text;
        _diagnostics = diagnostics;
        _maxDepth = maxDepth;
        _positions = positions;
    }

    /// <summary>Reads exactly one sexp (surrounded by whitespace and ';' comments). Null after reporting an error.</summary>
    public static Sexp? Read(string text, string fileName, DiagnosticBag diagnostics, int maxDepth = DefaultMaxDepth) =>
        Read(new SourceFile(fileName, text), diagnostics, maxDepth, positions: null);

    /// <summary>As <see cref="Read(string,string,DiagnosticBag,int)"/>, recording where each non-atom sexp began when <paramref name="positions"/> is given.</summary>
    public static Sexp? Read(SourceFile file, DiagnosticBag diagnostics, int maxDepth = DefaultMaxDepth, SexpPositions? positions = null)
    {
        var reader = new SexpReader(file, diagnostics, maxDepth, positions);
        try
        {
            return reader.ReadTop();
        }
        catch (ReadError e)
        {
            diagnostics.Add(e.Diagnostic);
            return null;
        }
    }

    // Internal control flow only: thrown at the error site, caught in Read, never escapes.
    private sealed class ReadError(Diagnostic diagnostic) : Exception
    {
        public Diagnostic Diagnostic { get; } = diagnostic;
    }

    private ReadError Error(int offset, DiagnosticDescriptor descriptor, params object?[] args) =>
        new(descriptor.At(_file.LocationOf(Math.Min(offset, _text.Length)), args));

    private sealed class Frame
    {
        public SexpTag Tag;
        public int Offset;
        public readonly List<SexpChild> Children = [];
    }

    private Sexp ReadTop()
    {
        var frames = new List<Frame>();
        var pool = new Stack<Frame>();
        var depth = 0;
        Sexp? root = null;
        while (true)
        {
            SkipTrivia();
            if (_pos >= _text.Length)
            {
                if (depth > 0)
                {
                    var open = frames[depth - 1];
                    var (line, col) = _file.LineColumnOf(open.Offset);
                    throw Error(_pos, SexpErrors.UnexpectedEnd, $"missing ')' for '({SexpTags.Name(open.Tag)}' opened at {line}:{col}");
                }
                throw Error(_pos, SexpErrors.EmptyInput);
            }
            var start = _pos;
            var c = _text[_pos];
            SexpChild child;
            if (c == '(')
            {
                if (depth >= _maxDepth) throw Error(start, SexpErrors.TooDeep, _maxDepth);
                _pos++;
                SkipTrivia();
                var wordStart = _pos;
                var word = ReadWord();
                if (word.Length == 0)
                {
                    throw _pos >= _text.Length
                        ? Error(_pos, SexpErrors.UnexpectedEnd, "expected a tag name after '('")
                        : Error(wordStart, SexpErrors.ExpectedTag, Describe(_text[wordStart]));
                }
                if (!SexpTags.TryParse(word, out var tag)) throw Error(wordStart, SexpErrors.UnknownTag, Truncate(word.ToString()));
                var frame = pool.Count > 0 ? pool.Pop() : new Frame();
                frame.Tag = tag;
                frame.Offset = start;
                frame.Children.Clear();
                if (depth < frames.Count) frames[depth] = frame;
                else frames.Add(frame);
                depth++;
                continue;
            }
            if (c == ')')
            {
                if (depth == 0) throw Error(start, SexpErrors.UnbalancedClose);
                _pos++;
                var frame = frames[--depth];
                var sexp = Sexp.FromArray(frame.Tag, frame.Children.ToArray());
                if (sexp.Count > 0) _positions?.Add(sexp, frame.Offset);
                pool.Push(frame);
                child = sexp;
            }
            else
            {
                child = ReadAtom();
            }

            if (depth > 0)
            {
                frames[depth - 1].Children.Add(child);
                continue;
            }
            if (!child.IsSexp) throw Error(start, SexpErrors.UnexpectedCharacter, $"{Describe(c)}: sexpcode must be a sexp, not {child.Kind.ToString().ToLowerInvariant()}");
            root = child.AsSexp;
            SkipTrivia();
            if (_pos < _text.Length) throw Error(_pos, SexpErrors.TrailingInput);
            return root;
        }
    }

    private void SkipTrivia()
    {
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v')
            {
                _pos++;
            }
            else if (c == ';')
            {
                while (_pos < _text.Length && _text[_pos] != '\n') _pos++;
            }
            else
            {
                return;
            }
        }
    }

    private static bool IsWordChar(char c) => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-';

    private ReadOnlySpan<char> ReadWord()
    {
        var start = _pos;
        while (_pos < _text.Length && IsWordChar(_text[_pos])) _pos++;
        return _text.AsSpan(start, _pos - start);
    }

    private static bool IsDelimiter(char c) => c is ' ' or '\n' or '\t' or '\r' or '\f' or '\v' or '(' or ')' or '"' or ';';

    private ReadOnlySpan<char> ReadToken()
    {
        var start = _pos;
        while (_pos < _text.Length && !IsDelimiter(_text[_pos])) _pos++;
        return _text.AsSpan(start, _pos - start);
    }

    private SexpChild ReadAtom()
    {
        var start = _pos;
        var c = _text[_pos];
        if (c == '"') return ReadString();
        if (c is (>= '0' and <= '9') or '-' or '+' or '.') return ReadNumber();
        if (c == '#') return ReadHashWord();
        if (c == '@') return ReadLocation();
        if (c is >= 'a' and <= 'z')
        {
            var token = ReadToken();
            foreach (var ch in token)
            {
                if (!IsWordChar(ch)) throw Error(start, SexpErrors.UnknownTag, Truncate(token.ToString()));
            }
            if (!SexpTags.TryParse(token, out var tag)) throw Error(start, SexpErrors.UnknownTag, Truncate(token.ToString()));
            return Sexp.Atom(tag);
        }
        throw Error(start, SexpErrors.UnexpectedCharacter, Describe(c));
    }

    private SexpChild ReadNumber()
    {
        var start = _pos;
        var token = ReadToken();
        var isFloat = token.IndexOfAny('.', 'e', 'E') >= 0;
        if (!isFloat)
        {
            var digits = token.Length > 0 && token[0] == '-' ? token[1..] : token;
            if (digits.Length == 0) throw Error(start, SexpErrors.BadNumber, Truncate(token.ToString()));
            foreach (var ch in digits)
            {
                if (ch is < '0' or > '9') throw Error(start, SexpErrors.BadNumber, Truncate(token.ToString()));
            }
            if (!long.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                throw Error(start, SexpErrors.IntegerOutOfRange, Truncate(token.ToString()));
            }
            return value;
        }
        // A double: [-]digits[.digits][e[+-]digits], as the printer writes it; nothing else.
        if (!IsDecimalFloat(token)
            || !double.TryParse(token, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
                CultureInfo.InvariantCulture, out var d)
            || !double.IsFinite(d))
        {
            throw Error(start, SexpErrors.BadNumber, Truncate(token.ToString()));
        }
        return d;
    }

    private static bool IsDecimalFloat(ReadOnlySpan<char> t)
    {
        var i = 0;
        if (i < t.Length && t[i] == '-') i++;
        var intDigits = 0;
        while (i < t.Length && char.IsAsciiDigit(t[i])) { i++; intDigits++; }
        var fracDigits = 0;
        if (i < t.Length && t[i] == '.')
        {
            i++;
            while (i < t.Length && char.IsAsciiDigit(t[i])) { i++; fracDigits++; }
        }
        if (intDigits + fracDigits == 0) return false;
        if (i < t.Length && (t[i] == 'e' || t[i] == 'E'))
        {
            i++;
            if (i < t.Length && (t[i] == '+' || t[i] == '-')) i++;
            var expDigits = 0;
            while (i < t.Length && char.IsAsciiDigit(t[i])) { i++; expDigits++; }
            if (expDigits == 0 || expDigits > 6) return false;
        }
        return i == t.Length;
    }

    private SexpChild ReadHashWord()
    {
        var start = _pos;
        var token = ReadToken();
        if (token.SequenceEqual("#inf")) return double.PositiveInfinity;
        if (token.SequenceEqual("#-inf")) return double.NegativeInfinity;
        if (token.SequenceEqual("#nan")) return BitConverter.Int64BitsToDouble(SexpPrinter.CanonicalNaNBits);
        if (token.StartsWith("#nan:") && token.Length == 5 + 16
            && long.TryParse(token[5..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var bits))
        {
            var d = BitConverter.Int64BitsToDouble(bits);
            // Only non-canonical NaNs are printed this way; anything else has another spelling.
            if (double.IsNaN(d) && bits != SexpPrinter.CanonicalNaNBits && IsLowerHex(token[5..])) return d;
        }
        throw Error(start, SexpErrors.BadNumber, Truncate(token.ToString()));
    }

    private static bool IsLowerHex(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!(char.IsAsciiDigit(c) || c is >= 'a' and <= 'f')) return false;
        }
        return true;
    }

    private SexpChild ReadLocation()
    {
        var start = _pos;
        var token = ReadToken();
        var rest = token[1..];
        Span<long> parts = stackalloc long[3];
        for (var k = 0; k < 3; k++)
        {
            var colon = k < 2 ? rest.IndexOf(':') : rest.Length;
            if (colon <= 0 || colon > 9) throw Error(start, SexpErrors.BadLocation, Truncate(token.ToString()));
            var digits = rest[..colon];
            foreach (var ch in digits)
            {
                if (!char.IsAsciiDigit(ch)) throw Error(start, SexpErrors.BadLocation, Truncate(token.ToString()));
            }
            parts[k] = long.Parse(digits, CultureInfo.InvariantCulture);
            rest = k < 2 ? rest[(colon + 1)..] : rest[colon..];
        }
        if (parts[0] > SexpLocation.MaxFile || parts[1] > SexpLocation.MaxLine || parts[2] > SexpLocation.MaxColumn)
        {
            throw Error(start, SexpErrors.BadLocation, Truncate(token.ToString()));
        }
        return new SexpLocation((int)parts[0], (int)parts[1], (int)parts[2]);
    }

    // Names repeat all over a unit ("i", "next", labels): one string object per distinct short name.
    private readonly HashSet<string> _interned = new(StringComparer.Ordinal);

    private SexpChild ReadString()
    {
        var start = _pos;
        _pos++; // opening quote
        // Fast path: no escapes before the closing quote.
        var end = _text.AsSpan(_pos).IndexOfAny('"', '\\');
        if (end >= 0 && _text[_pos + end] == '"')
        {
            var span = _text.AsSpan(_pos, end);
            _pos += end + 1;
            if (span.Length > 32) return span.ToString();
            var lookup = _interned.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(span, out var existing)) return existing;
            var fresh = span.ToString();
            _interned.Add(fresh);
            return fresh;
        }
        var sb = _scratch.Clear();
        while (true)
        {
            if (_pos >= _text.Length) throw Error(start, SexpErrors.UnterminatedString);
            var c = _text[_pos++];
            if (c == '"') return sb.ToString();
            if (c != '\\')
            {
                sb.Append(c);
                continue;
            }
            var escStart = _pos - 1;
            if (_pos >= _text.Length) throw Error(start, SexpErrors.UnterminatedString);
            var e = _text[_pos++];
            switch (e)
            {
                case '"': sb.Append('"'); break;
                case '\\': sb.Append('\\'); break;
                case 'n': sb.Append('\n'); break;
                case 't': sb.Append('\t'); break;
                case 'r': sb.Append('\r'); break;
                case 'x':
                    if (_pos + 2 > _text.Length || !char.IsAsciiHexDigit(_text[_pos]) || !char.IsAsciiHexDigit(_text[_pos + 1]))
                    {
                        throw Error(escStart, SexpErrors.BadEscape, "\\x needs two hex digits");
                    }
                    sb.Append((char)int.Parse(_text.AsSpan(_pos, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
                    _pos += 2;
                    break;
                case 'u':
                    {
                        if (_pos >= _text.Length || _text[_pos] != '{') throw Error(escStart, SexpErrors.BadEscape, "\\u needs {hex digits}");
                        var close = _text.IndexOf('}', _pos);
                        var digits = close < 0 ? default : _text.AsSpan(_pos + 1, close - _pos - 1);
                        if (close < 0 || digits.Length == 0 || digits.Length > 4 || !IsHex(digits))
                        {
                            throw Error(escStart, SexpErrors.BadEscape, "\\u{...} needs 1 to 4 hex digits (one UTF-16 code unit)");
                        }
                        sb.Append((char)int.Parse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
                        _pos = close + 1;
                        break;
                    }
                default:
                    throw Error(escStart, SexpErrors.BadEscape, "\\" + Describe(e));
            }
        }
    }

    private static bool IsHex(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiHexDigit(c)) return false;
        }
        return true;
    }

    private static string Describe(char c) =>
        c is >= ' ' and <= '~' ? $"'{c}'" : $"U+{(int)c:X4}";

    private static string Truncate(string s)
    {
        var t = s.Length > 40 ? s[..40] + "..." : s;
        var sb = new StringBuilder();
        foreach (var c in t) sb.Append(c is >= ' ' and <= '~' ? c : '?');
        return sb.ToString();
    }
}
