using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Altitude.Diagnostics;
using Altitude.Front.Lexing;
using Altitude.Text;

namespace Altitude.Front.Parsing;

/// <summary>
/// Recursive-descent parser for C17 with the GNU extensions real code uses. Input: the preprocessed
/// token list (identifiers not yet classified as keywords, numbers still pp-numbers). Output: an
/// immutable <see cref="TranslationUnitSyntax"/> plus diagnostics; never an exception.
///
/// The typedef-name ambiguity (C17 6.7.8) is resolved by tracking which identifiers are typedef
/// names in the scopes the parser passes through. Syntax errors are reported once, then the parser
/// unwinds (with a private exception) to the nearest statement, member or declaration boundary and
/// skips to a synchronising token, so one error does not cascade.
/// </summary>
public sealed partial class Parser
{
    /// <summary>
    /// Typedef names the parser treats as declared before any source; semantic analysis must predeclare
    /// them too: <c>__builtin_va_list</c>, <c>__int128_t</c> (= __int128), <c>__uint128_t</c> (= unsigned __int128).
    /// </summary>
    public static readonly IReadOnlyList<string> PredeclaredTypedefNames = ["__builtin_va_list", "__int128_t", "__uint128_t"];

    private readonly Token[] _tokens;
    private readonly TokenKind[] _kinds;
    private readonly DiagnosticBag _diagnostics;
    private readonly ParserOptions _options;
    private int _pos;
    private int _depth;
    private int _speculative;
    private int _lastErrorPos = -1;

    // Typedef-name scopes: the current view (true = typedef name, false = ordinary identifier that
    // shadows any outer typedef) plus an undo log so leaving a scope costs only what it declared.
    private readonly Dictionary<string, bool> _isTypedef = new(StringComparer.Ordinal);
    private readonly List<(string Name, bool Had, bool Previous)> _undo = [];
    private readonly List<int> _scopeMarks = [];

    // #pragma pack: the pack value in force from each kept-token index on (sorted by index).
    private readonly List<(int Index, int? Pack)> _packChanges = [];

    private Parser(IReadOnlyList<Token> tokens, DiagnosticBag diagnostics, ParserOptions options)
    {
        _diagnostics = diagnostics;
        _options = options;
        var kept = new List<Token>(tokens.Count + 1);
        var packChanges = PragmaPack.Changes(options.Pragmas);
        var nextPack = 0;
        for (var original = 0; original < tokens.Count; original++)
        {
            var token = tokens[original];
            for (; nextPack < packChanges.Count && packChanges[nextPack].TokenIndex <= original; nextPack++)
                _packChanges.Add((kept.Count, packChanges[nextPack].Pack));
            if (token.Kind == TokenKind.EndOfFile) break;
            if (IsStray(token)) continue;
            // An identifier spelled with universal character names is the same identifier as one
            // spelled with the characters themselves (C17 6.4.3); names are compared normalised.
            kept.Add(token.Kind == TokenKind.Identifier && token.Text.Contains('\\') ? token with { Text = Identifiers.Normalize(token.Text) } : token);
        }
        var end = tokens.Count > 0 && tokens[^1].Kind == TokenKind.EndOfFile
            ? tokens[^1]
            : new Token(TokenKind.EndOfFile, "", kept.Count > 0 ? kept[^1].Location : SourceLocation.None);
        kept.Add(end);
        _tokens = kept.ToArray();
        _kinds = new TokenKind[_tokens.Length];
        for (var i = 0; i < _tokens.Length; i++)
        {
            var t = _tokens[i];
            _kinds[i] = t.Kind == TokenKind.Identifier ? Keywords.Classify(t.Text, options.GnuKeywords) : t.Kind;
        }
        foreach (var name in PredeclaredTypedefNames) _isTypedef[name] = true;
    }

    /// <summary>The <c>#pragma pack</c> value in force at token <paramref name="index"/> (null: none).</summary>
    private int? PackAt(int index)
    {
        int? pack = null;
        foreach (var (at, value) in _packChanges)
        {
            if (at > index) break;
            pack = value;
        }
        return pack;
    }

    /// <summary>Parses a whole translation unit.</summary>
    public static TranslationUnitSyntax Parse(IReadOnlyList<Token> tokens, DiagnosticBag diagnostics, ParserOptions? options = null) =>
        new Parser(tokens, diagnostics, options ?? ParserOptions.Default).ParseTranslationUnit();

    /// <summary>
    /// Parses one expression (for the debugger's <c>print EXPR</c> and for tests). Returns null after
    /// reporting an error. <paramref name="typedefNames"/> are the typedef names visible where the expression is evaluated.
    /// </summary>
    public static ExpressionSyntax? ParseExpression(IReadOnlyList<Token> tokens, DiagnosticBag diagnostics, ParserOptions? options = null, IEnumerable<string>? typedefNames = null)
    {
        var parser = new Parser(tokens, diagnostics, options ?? ParserOptions.Default);
        if (typedefNames is not null)
        {
            foreach (var name in typedefNames) parser._isTypedef[name] = true;
        }
        try
        {
            var e = parser.ParseExpressionRule();
            if (parser.Kind != TokenKind.EndOfFile) parser.Fail(ParserErrors.ExpectedToken, parser.Location, "end of expression");
            return e;
        }
        catch (Exception e) when (e is ParseAbort or SyntaxError)
        {
            return null;
        }
    }

    // ---- stray tokens ---------------------------------------------------------------------

    private bool IsStray(Token token)
    {
        switch (token.Kind)
        {
            case TokenKind.Other:
                var quote = UnterminatedQuote(token.Text);
                if (quote is not null) _diagnostics.Report(LexerErrors.UnterminatedLiteral, token.Location, quote);
                else _diagnostics.Report(LexerErrors.StrayCharacter, token.Location, token.Text);
                return true;
            case TokenKind.Hash:
            case TokenKind.HashHash:
            case TokenKind.HeaderName:
                _diagnostics.Report(LexerErrors.StrayCharacter, token.Location, token.Text);
                return true;
            default:
                return false;
        }
    }

    /// <summary>The quote character of an unterminated literal (<c>"abc</c>, <c>L'x</c>), or null.</summary>
    private static string? UnterminatedQuote(string text)
    {
        var i = 0;
        if (text.StartsWith("u8", StringComparison.Ordinal)) i = 2;
        else if (text.Length > 0 && (text[0] == 'L' || text[0] == 'u' || text[0] == 'U')) i = 1;
        if (i < text.Length && (text[i] == '"' || text[i] == '\'')) return text[i].ToString();
        if (text.Length > 0 && (text[0] == '"' || text[0] == '\'')) return text[0].ToString();
        return null;
    }

    // ---- token access -----------------------------------------------------------------------

    private TokenKind Kind => _kinds[_pos];

    private Token Current => _tokens[_pos];

    private SourceLocation Location => _tokens[_pos].Location;

    private TokenKind PeekKind(int k)
    {
        var i = _pos + k;
        return i < _kinds.Length ? _kinds[i] : TokenKind.EndOfFile;
    }

    private TokenKind KindAt(int i) => i < _kinds.Length ? _kinds[i] : TokenKind.EndOfFile;

    private Token Advance()
    {
        var t = _tokens[_pos];
        if (_pos < _tokens.Length - 1) _pos++;
        return t;
    }

    private bool Accept(TokenKind kind)
    {
        if (Kind != kind) return false;
        Advance();
        return true;
    }

    private Token Expect(TokenKind kind, string spelling)
    {
        if (Kind != kind) Fail(ParserErrors.ExpectedToken, Location, spelling);
        return Advance();
    }

    private Token Expect(TokenKind kind, DiagnosticDescriptor descriptor, params object?[] args)
    {
        if (Kind != kind) Fail(descriptor, AfterPrevious(), args);
        return Advance();
    }

    /// <summary>
    /// Expects the ';' that ends a declaration or statement. When it is missing at the end of a line
    /// (the next token starts a new line or is a '}'), the error is reported and parsing goes on as if
    /// it were there, so the item is kept and nothing after it is skipped.
    /// </summary>
    private void ExpectSemicolon(DiagnosticDescriptor descriptor, params object?[] args)
    {
        if (Accept(TokenKind.Semicolon)) return;
        if (_pos > 0 && (Current.StartOfLine || Kind is TokenKind.RightBrace or TokenKind.EndOfFile))
        {
            if (_speculative > 0) throw new SpeculationFailed();
            if (_lastErrorPos != _pos)
            {
                _lastErrorPos = _pos;
                _diagnostics.Report(descriptor, AfterPrevious(), args);
            }
            if (_diagnostics.ReachedErrorLimit) throw new ParseAbort();
            return;
        }
        Fail(descriptor, AfterPrevious(), args);
    }

    /// <summary>Just after the previous token: where a missing ';' or ')' belongs (gcc points there too).</summary>
    private SourceLocation AfterPrevious()
    {
        if (_pos == 0) return Location;
        var prev = _tokens[_pos - 1];
        var l = prev.Location;
        if (l.IsNone) return Location;
        return l with { Column = l.Column + prev.Text.Length, Offset = l.Offset + prev.Text.Length };
    }

    private Token ExpectIdentifier()
    {
        if (Kind != TokenKind.Identifier) Fail(ParserErrors.ExpectedIdentifier, Location);
        return Advance();
    }

    // ---- errors and recovery ----------------------------------------------------------------

    /// <summary>Unwinds to the nearest recovery point after a reported syntax error.</summary>
    private sealed class SyntaxError : Exception;

    /// <summary>Unwinds the whole parse (error limit reached, nesting too deep).</summary>
    private sealed class ParseAbort : Exception;

    /// <summary>Unwinds a speculative parse (attribute arguments) without reporting.</summary>
    private sealed class SpeculationFailed : Exception;

    [DoesNotReturn]
    private void Fail(DiagnosticDescriptor descriptor, SourceLocation location, params object?[] args)
    {
        if (_speculative > 0) throw new SpeculationFailed();
        if (_lastErrorPos != _pos)
        {
            _lastErrorPos = _pos;
            _diagnostics.Report(descriptor, location, args);
        }
        if (_diagnostics.ReachedErrorLimit) throw new ParseAbort();
        throw new SyntaxError();
    }

    [DoesNotReturn]
    private T Fail<T>(DiagnosticDescriptor descriptor, SourceLocation location, params object?[] args)
    {
        Fail(descriptor, location, args);
        return default;
    }

    /// <summary>Reports an error without unwinding (the parser can go on sensibly).</summary>
    private void ReportError(DiagnosticDescriptor descriptor, SourceLocation location, params object?[] args)
    {
        if (_speculative > 0) throw new SpeculationFailed();
        _diagnostics.Report(descriptor, location, args);
        if (_diagnostics.ReachedErrorLimit) throw new ParseAbort();
    }

    private void Warn(DiagnosticDescriptor descriptor, SourceLocation location, params object?[] args)
    {
        if (_speculative > 0) return;
        _diagnostics.Report(descriptor, location, args);
    }

    /// <summary>
    /// A diagnostic ISO C requires but GNU C tolerates: a pedantic warning, which the diagnostic bag
    /// turns into an error under -pedantic-errors.
    /// </summary>
    private void Pedantic(DiagnosticDescriptor descriptor, SourceLocation location, params object?[] args) =>
        Warn(descriptor, location, args);

    /// <summary>State to restore when unwinding to a recovery point.</summary>
    private readonly record struct Checkpoint(int ScopeCount, int Depth, int Speculative);

    private Checkpoint Save() => new(_scopeMarks.Count, _depth, _speculative);

    private void Restore(Checkpoint c)
    {
        while (_scopeMarks.Count > c.ScopeCount) PopScope();
        _depth = c.Depth;
        _speculative = c.Speculative;
    }

    /// <summary>
    /// Skips to a synchronising token after an error inside a block: past the next ';' at this brace
    /// level, or up to (not past) a '}' that closes the current block.
    /// </summary>
    private void SkipToStatementEnd(int startPos)
    {
        var braces = 0;
        while (Kind != TokenKind.EndOfFile)
        {
            // A line that starts with a declaration or a statement keyword is where a missing ';' ended
            // the previous item: resume there rather than swallow it.
            if (braces == 0 && _pos != startPos && Current.StartOfLine && StartsStatementOrDeclaration(_pos)) return;
            switch (Kind)
            {
                case TokenKind.LeftBrace:
                    braces++;
                    break;
                case TokenKind.RightBrace:
                    if (braces == 0)
                    {
                        if (_pos == startPos) Advance();
                        return;
                    }
                    braces--;
                    if (braces == 0)
                    {
                        Advance();
                        // A block we skipped ended; a following ';' or else belongs to us no more.
                        return;
                    }
                    break;
                case TokenKind.Semicolon:
                    if (braces == 0)
                    {
                        Advance();
                        return;
                    }
                    break;
            }
            Advance();
        }
    }

    private bool StartsStatementOrDeclaration(int i) => KindAt(i) switch
    {
        TokenKind.KwIf or TokenKind.KwFor or TokenKind.KwWhile or TokenKind.KwDo or TokenKind.KwSwitch or TokenKind.KwReturn or
        TokenKind.KwBreak or TokenKind.KwContinue or TokenKind.KwGoto or TokenKind.KwCase or TokenKind.KwDefault or
        TokenKind.KwStaticAssert => true,
        TokenKind.KwExtension or TokenKind.KwAttribute => false,
        _ => StartsDeclarationSpecifiers(i),
    };

    /// <summary>Skips to the end of a file-scope declaration: past ';' at brace level 0 or past the '}' that returns to level 0.</summary>
    private void SkipToDeclarationEnd()
    {
        var braces = 0;
        while (Kind != TokenKind.EndOfFile)
        {
            // A declaration starting a new line at brace level 0 is where a missing ';' ended the last one.
            // (Only at column 1, where file-scope declarations start in practice, so a parameter list
            // continued on the next line is not mistaken for one.)
            if (braces == 0 && Current.StartOfLine && Location.Column == 1 && StartsDeclarationSpecifiers(_pos)) return;
            var k = Kind;
            Advance();
            if (k == TokenKind.LeftBrace) braces++;
            else if (k == TokenKind.RightBrace)
            {
                braces--;
                if (braces <= 0) return;
            }
            else if (k == TokenKind.Semicolon && braces <= 0) return;
        }
    }

    /// <summary>Skips a balanced parenthesised group starting at '(' (iteratively, so no depth limit is needed).</summary>
    private void SkipBalancedParens()
    {
        if (Kind != TokenKind.LeftParen) return;
        var depth = 0;
        while (Kind != TokenKind.EndOfFile)
        {
            var k = Kind;
            Advance();
            if (k == TokenKind.LeftParen) depth++;
            else if (k == TokenKind.RightParen && --depth == 0) return;
        }
    }

    // ---- nesting limit ----------------------------------------------------------------------

    private readonly ref struct NestingGuard(Parser parser)
    {
        public void Dispose() => parser._depth--;
    }

    /// <summary>Enters one level of syntactic nesting; stops the parse when the limit (or the thread's stack) runs out.</summary>
    private NestingGuard Nest()
    {
        _depth++;
        if (_depth > _options.MaxNestingDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            _depth--;
            if (_speculative > 0) throw new SpeculationFailed();
            _diagnostics.Report(ParserErrors.NestingTooDeep, Location, _options.MaxNestingDepth);
            throw new ParseAbort();
        }
        return new NestingGuard(this);
    }

    // ---- typedef-name scopes ----------------------------------------------------------------

    private void PushScope() => _scopeMarks.Add(_undo.Count);

    private void PopScope()
    {
        var mark = _scopeMarks[^1];
        _scopeMarks.RemoveAt(_scopeMarks.Count - 1);
        for (var i = _undo.Count - 1; i >= mark; i--)
        {
            var (name, had, previous) = _undo[i];
            if (had) _isTypedef[name] = previous;
            else _isTypedef.Remove(name);
        }
        _undo.RemoveRange(mark, _undo.Count - mark);
    }

    /// <summary>Declares an identifier in the current scope: as a typedef name or as an ordinary identifier (which hides an outer typedef).</summary>
    private void Declare(string name, bool isTypedef)
    {
        if (_scopeMarks.Count == 0)
        {
            // File scope is never left, so it needs no undo entries.
            _isTypedef[name] = isTypedef;
            return;
        }
        var had = _isTypedef.TryGetValue(name, out var previous);
        _undo.Add((name, had, previous));
        _isTypedef[name] = isTypedef;
    }

    private bool IsTypedefName(string name) => _isTypedef.TryGetValue(name, out var t) && t;

    private bool IsTypedefNameAt(int i) => KindAt(i) == TokenKind.Identifier && IsTypedefName(_tokens[i].Text);
}
