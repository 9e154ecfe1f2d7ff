using System.Text;
using Altitude.Diagnostics;
using Altitude.Text;

namespace Altitude.Front.Lexing;

/// <summary>
/// Translation phases 1–3 (C17 5.1.1.2): splices backslash-newlines, removes comments and splits a
/// source file into preprocessing tokens (C17 6.4). Locations refer to the original text, so a token
/// that follows a splice still points at its real line and column.
/// </summary>
public sealed class Lexer
{
    private readonly SourceFile _file;
    private readonly DiagnosticBag _diagnostics;
    // The spliced text and, for each of its characters, its offset in the original file.
    private readonly string _text;
    private readonly int[]? _originalOffset;
    private int _pos;
    private int _lineHint;
    // Spellings repeat (identifiers, punctuators, small numbers): one string per distinct spelling.
    private readonly Dictionary<string, string> _spellings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _spellingLookup;
    private bool _startOfLine = true;
    private bool _leadingSpace;

    public Lexer(SourceFile file, DiagnosticBag diagnostics)
    {
        _file = file;
        _diagnostics = diagnostics;
        (_text, _originalOffset) = Splice(file.Text);
        _spellingLookup = _spellings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private string Spelling(int start, int end)
    {
        var span = _text.AsSpan(start, end - start);
        if (span.Length > 32) return span.ToString();
        if (_spellingLookup.TryGetValue(span, out var known)) return known;
        var text = span.ToString();
        _spellings[text] = text;
        return text;
    }

    /// <summary>Lexes the whole file. The list ends with one <see cref="TokenKind.EndOfFile"/> token.</summary>
    public static List<Token> Tokenize(SourceFile file, DiagnosticBag diagnostics) => new Lexer(file, diagnostics).LexAll();

    public List<Token> LexAll()
    {
        var tokens = new List<Token>();
        while (true)
        {
            var token = Next();
            tokens.Add(token);
            if (token.Kind == TokenKind.EndOfFile) return tokens;
        }
    }

    /// <summary>Removes backslash-newline pairs (phase 2), keeping a map back to original offsets.</summary>
    private static (string Text, int[]? Map) Splice(string text)
    {
        if (!text.Contains('\\')) return (text, null);
        var sb = new StringBuilder(text.Length);
        var map = new List<int>(text.Length + 1);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                var j = i + 1;
                // gcc accepts whitespace between the backslash and the newline (with a warning); so do we.
                while (j < text.Length && (text[j] == ' ' || text[j] == '\t')) j++;
                if (j < text.Length && text[j] == '\r' && j + 1 < text.Length && text[j + 1] == '\n') j++;
                if (j < text.Length && text[j] == '\n')
                {
                    i = j;
                    continue;
                }
            }
            sb.Append(text[i]);
            map.Add(i);
        }
        map.Add(text.Length);
        return (sb.ToString(), map.ToArray());
    }

    private int Original(int pos) => _originalOffset is null ? pos : _originalOffset[Math.Min(pos, _originalOffset.Length - 1)];

    private SourceLocation Loc(int pos) => _file.LocationOf(Original(pos), ref _lineHint);

    private char Peek(int k = 0) => _pos + k < _text.Length ? _text[_pos + k] : '\0';

    private bool AtEnd => _pos >= _text.Length;

    /// <summary>Returns the next preprocessing token, skipping whitespace and comments.</summary>
    public Token Next()
    {
        SkipTrivia();
        var start = _pos;
        if (AtEnd)
        {
            return MakeToken(TokenKind.EndOfFile, start, "");
        }

        var c = Peek();
        if (IsIdentifierStart(c) || (c == '\\' && (Peek(1) == 'u' || Peek(1) == 'U')))
        {
            // An encoding prefix followed by a quote begins a literal, not an identifier.
            var prefixLength = LiteralPrefixLength();
            if (prefixLength > 0)
            {
                var quote = Peek(prefixLength);
                _pos += prefixLength;
                return LexQuoted(start, quote);
            }
            LexIdentifierRest();
            return MakeToken(TokenKind.Identifier, start, Spelling(start, _pos));
        }
        if (IsDigit(c) || (c == '.' && IsDigit(Peek(1))))
        {
            LexPpNumber();
            return MakeToken(TokenKind.PpNumber, start, Spelling(start, _pos));
        }
        if (c == '"' || c == '\'') return LexQuoted(start, c);

        var (kind, length) = MatchPunctuator();
        if (length > 0)
        {
            _pos += length;
            return MakeToken(kind, start, Spelling(start, _pos));
        }

        _pos++;
        return MakeToken(TokenKind.Other, start, _text[start.._pos]);
    }

    /// <summary>
    /// After <c>#include</c>: if the rest of the line starts with <c>&lt;</c>, lexes a header name up to
    /// the closing <c>&gt;</c> (C17 6.4.7). Returns null (consuming nothing) otherwise.
    /// </summary>
    public Token? TryLexHeaderName()
    {
        SkipTrivia(stopAtNewline: true);
        if (Peek() != '<') return null;
        var start = _pos;
        var end = _pos + 1;
        while (end < _text.Length && _text[end] != '>' && _text[end] != '\n') end++;
        if (end >= _text.Length || _text[end] != '>') return null;
        _pos = end + 1;
        return MakeToken(TokenKind.HeaderName, start, _text[start.._pos]);
    }

    private Token MakeToken(TokenKind kind, int start, string text)
    {
        var token = new Token(kind, text, Loc(start)) { LeadingSpace = _leadingSpace, StartOfLine = _startOfLine };
        _leadingSpace = false;
        _startOfLine = false;
        return token;
    }

    private void SkipTrivia(bool stopAtNewline = false)
    {
        while (!AtEnd)
        {
            var c = Peek();
            if (c == '\n')
            {
                if (stopAtNewline) return;
                _pos++;
                _startOfLine = true;
                _leadingSpace = false;
            }
            else if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v')
            {
                _pos++;
                _leadingSpace = true;
            }
            else if (c == '/' && Peek(1) == '/')
            {
                while (!AtEnd && Peek() != '\n') _pos++;
                _leadingSpace = true;
            }
            else if (c == '/' && Peek(1) == '*')
            {
                var start = _pos;
                _pos += 2;
                while (!AtEnd && !(Peek() == '*' && Peek(1) == '/')) _pos++;
                if (AtEnd)
                {
                    _diagnostics.Report(LexerErrors.UnterminatedComment, Loc(start));
                }
                else
                {
                    _pos += 2;
                }
                _leadingSpace = true;
            }
            else
            {
                return;
            }
        }
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    // gcc accepts '$' in identifiers; so does real code (e.g. generated symbol names).
    private static bool IsIdentifierStart(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$' || c >= 0x80;

    private static bool IsIdentifierPart(char c) => IsIdentifierStart(c) || IsDigit(c);

    private int LiteralPrefixLength()
    {
        var c0 = Peek();
        var c1 = Peek(1);
        if ((c0 == 'L' || c0 == 'U' || c0 == 'u') && (c1 == '"' || c1 == '\'')) return 1;
        if (c0 == 'u' && c1 == '8' && (Peek(2) == '"' || Peek(2) == '\'')) return 2;
        return 0;
    }

    private void LexIdentifierRest()
    {
        while (!AtEnd)
        {
            var c = Peek();
            if (IsIdentifierPart(c))
            {
                _pos++;
            }
            else if (c == '\\' && (Peek(1) == 'u' || Peek(1) == 'U'))
            {
                // Universal character names are part of identifiers (C17 6.4.2.1); kept as spelled.
                var digits = Peek(1) == 'u' ? 4 : 8;
                var ok = true;
                for (var k = 0; k < digits; k++)
                {
                    if (!Uri.IsHexDigit(Peek(2 + k))) ok = false;
                }
                if (!ok) return;
                _pos += 2 + digits;
            }
            else
            {
                return;
            }
        }
    }

    // pp-number (C17 6.4.8): digit or .digit, then digits, letters, '_', '.', and e+ e- E+ E- p+ p- P+ P-.
    private void LexPpNumber()
    {
        _pos++;
        while (!AtEnd)
        {
            var c = Peek();
            if ((c == '+' || c == '-') && _pos > 0 && "eEpP".Contains(_text[_pos - 1]))
            {
                _pos++;
            }
            else if (IsIdentifierPart(c) || c == '.')
            {
                _pos++;
            }
            else
            {
                return;
            }
        }
    }

    private Token LexQuoted(int start, char quote)
    {
        _pos++; // opening quote
        while (true)
        {
            if (AtEnd || Peek() == '\n')
            {
                var kind = quote == '"' ? TokenKind.StringLiteral : TokenKind.CharLiteral;
                // gcc lexes a lone apostrophe as a stray character in skipped code; we report it
                // only when the token reaches the parser (the preprocessor may be skipping it).
                var token = MakeToken(kind, start, _text[start.._pos]);
                return token with { Kind = TokenKind.Other, Text = _text[start.._pos] };
            }
            var c = Peek();
            if (c == '\\')
            {
                _pos += Peek(1) == '\n' || Peek(1) == '\0' ? 1 : 2;
                continue;
            }
            _pos++;
            if (c == quote) break;
        }
        return MakeToken(quote == '"' ? TokenKind.StringLiteral : TokenKind.CharLiteral, start, _text[start.._pos]);
    }

    private (TokenKind Kind, int Length) MatchPunctuator()
    {
        var c0 = Peek();
        var c1 = Peek(1);
        var c2 = Peek(2);
        var c3 = Peek(3);
        switch (c0)
        {
            case '[': return (TokenKind.LeftBracket, 1);
            case ']': return (TokenKind.RightBracket, 1);
            case '(': return (TokenKind.LeftParen, 1);
            case ')': return (TokenKind.RightParen, 1);
            case '{': return (TokenKind.LeftBrace, 1);
            case '}': return (TokenKind.RightBrace, 1);
            case '~': return (TokenKind.Tilde, 1);
            case '?': return (TokenKind.Question, 1);
            case ';': return (TokenKind.Semicolon, 1);
            case ',': return (TokenKind.Comma, 1);
            case '.':
                return c1 == '.' && c2 == '.' ? (TokenKind.Ellipsis, 3) : (TokenKind.Dot, 1);
            case '-':
                if (c1 == '>') return (TokenKind.Arrow, 2);
                if (c1 == '-') return (TokenKind.MinusMinus, 2);
                if (c1 == '=') return (TokenKind.MinusEqual, 2);
                return (TokenKind.Minus, 1);
            case '+':
                if (c1 == '+') return (TokenKind.PlusPlus, 2);
                if (c1 == '=') return (TokenKind.PlusEqual, 2);
                return (TokenKind.Plus, 1);
            case '&':
                if (c1 == '&') return (TokenKind.AmpAmp, 2);
                if (c1 == '=') return (TokenKind.AmpEqual, 2);
                return (TokenKind.Amp, 1);
            case '*':
                return c1 == '=' ? (TokenKind.StarEqual, 2) : (TokenKind.Star, 1);
            case '!':
                return c1 == '=' ? (TokenKind.BangEqual, 2) : (TokenKind.Bang, 1);
            case '/':
                return c1 == '=' ? (TokenKind.SlashEqual, 2) : (TokenKind.Slash, 1);
            case '%':
                if (c1 == '=') return (TokenKind.PercentEqual, 2);
                if (c1 == '>') return (TokenKind.RightBrace, 2);
                if (c1 == ':')
                {
                    return c2 == '%' && c3 == ':' ? (TokenKind.HashHash, 4) : (TokenKind.Hash, 2);
                }
                return (TokenKind.Percent, 1);
            case '<':
                if (c1 == '<') return c2 == '=' ? (TokenKind.LessLessEqual, 3) : (TokenKind.LessLess, 2);
                if (c1 == '=') return (TokenKind.LessEqual, 2);
                if (c1 == ':') return (TokenKind.LeftBracket, 2);
                if (c1 == '%') return (TokenKind.LeftBrace, 2);
                return (TokenKind.Less, 1);
            case '>':
                if (c1 == '>') return c2 == '=' ? (TokenKind.GreaterGreaterEqual, 3) : (TokenKind.GreaterGreater, 2);
                if (c1 == '=') return (TokenKind.GreaterEqual, 2);
                return (TokenKind.Greater, 1);
            case '=':
                return c1 == '=' ? (TokenKind.EqualEqual, 2) : (TokenKind.Equal, 1);
            case '^':
                return c1 == '=' ? (TokenKind.CaretEqual, 2) : (TokenKind.Caret, 1);
            case '|':
                if (c1 == '|') return (TokenKind.PipePipe, 2);
                if (c1 == '=') return (TokenKind.PipeEqual, 2);
                return (TokenKind.Pipe, 1);
            case ':':
                return c1 == '>' ? (TokenKind.RightBracket, 2) : (TokenKind.Colon, 1);
            case '#':
                return c1 == '#' ? (TokenKind.HashHash, 2) : (TokenKind.Hash, 1);
            default:
                return (TokenKind.Other, 0);
        }
    }
}
