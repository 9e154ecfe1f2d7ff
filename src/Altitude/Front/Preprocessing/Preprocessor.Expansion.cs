using System.Globalization;
using System.Text;
using Altitude.Diagnostics;
using Altitude.Front.Lexing;
using Altitude.Text;

namespace Altitude.Front.Preprocessing;

// Macro replacement (C17 6.10.3). A replacement list is pushed back and rescanned with the rest of the
// input; the macro is disabled until the reader passes the end of its replacement list (gcc's reading of
// 6.10.3.4p2, which deferred-expansion idioms rely on), and a name examined while its macro is disabled
// is marked NoExpand for good.
public sealed partial class Preprocessor
{
    // Stands for an empty argument next to ## (6.10.3.3p2); removed after pasting.
    private static readonly Token Placemarker = new(TokenKind.Other, "", SourceLocation.None);

    /// <summary>Expands everything <paramref name="stream"/> yields into <paramref name="output"/>; returns the final EndOfFile token.</summary>
    private Token ExpandInto(TokenStream stream, List<Token> output, int depth, bool inIf)
    {
        while (true)
        {
            var token = stream.Next();
            if (token.Kind == TokenKind.EndOfFile) return token;
            if (token.Kind == TokenKind.Identifier && !token.NoExpand)
            {
                if (inIf && token.Text == "defined")
                {
                    output.Add(Defined(stream, token));
                    continue;
                }
                if (_macros.TryGetValue(token.Text, out var macro))
                {
                    if (macro.DisabledDepth > 0)
                    {
                        // Painted blue: never replaced again, even in a later rescan (6.10.3.4p2).
                        output.Add(token with { NoExpand = true });
                        continue;
                    }
                    if (TryExpand(macro, token, stream, depth, inIf)) continue;
                }
            }
            if (output.Count >= MaxOutputTokens)
            {
                throw new FatalDiagnosticException(PreprocessorErrors.ExpansionTooLarge.At(token.ExpandedFrom ?? token.Location, MaxOutputTokens));
            }
            output.Add(token);
        }
    }

    /// <summary>Fully expands a list of tokens in isolation (a macro argument, an #if or #include line).</summary>
    private List<Token> ExpandList(List<Token> tokens, int depth, bool inIf)
    {
        var output = new List<Token>(tokens.Count);
        if (tokens.Count == 0) return output;
        var end = tokens[^1].Location;
        ExpandInto(new TokenStream(tokens, end), output, depth, inIf);
        return output;
    }

    // 6.10.1p1: defined identifier | defined ( identifier )
    private Token Defined(TokenStream stream, Token keyword)
    {
        var t = stream.Next();
        var parenthesized = t.Kind == TokenKind.LeftParen;
        if (parenthesized) t = stream.Next();
        var result = false;
        if (t.Kind != TokenKind.Identifier)
        {
            _diagnostics.Report(PreprocessorErrors.DefinedSyntax, Loc(keyword));
            if (t.Kind == TokenKind.EndOfFile) stream.PushBack(t);
        }
        else
        {
            result = _macros.ContainsKey(t.Text);
            if (parenthesized)
            {
                var close = stream.Next();
                if (close.Kind != TokenKind.RightParen)
                {
                    _diagnostics.Report(PreprocessorErrors.IfMissingParen, Loc(close.Kind == TokenKind.EndOfFile ? t : close));
                    stream.PushBack(close);
                }
            }
        }
        return new Token(TokenKind.PpNumber, result ? "1" : "0", keyword.Location) { LeadingSpace = keyword.LeadingSpace };
    }

    /// <summary>Expands one macro invocation, pushing the result back onto the stream. False if <paramref name="name"/> is a function-like macro's name not followed by '('.</summary>
    private bool TryExpand(Macro macro, Token name, TokenStream stream, int depth, bool inIf)
    {
        if (macro.Builtin != BuiltinMacro.None) return ExpandBuiltin(macro, name, stream, inIf);
        var origin = name.ExpandedFrom ?? name.Location;
        List<Token> result;
        if (!macro.IsFunctionLike)
        {
            result = macro.IsSimpleBody ? new List<Token>(macro.Body) : Substitute(macro, [], [], 0, macro.Body.Length, depth, inIf, origin);
        }
        else
        {
            var open = stream.Next();
            if (open.Kind != TokenKind.LeftParen)
            {
                stream.PushBack(open);
                return false;
            }
            var args = CollectArguments(macro, name, stream);
            if (args is null) return true;
            result = macro.IsSimpleBody
                ? new List<Token>(macro.Body)
                : Substitute(macro, args, new List<Token>?[args.Length], 0, macro.Body.Length, depth, inIf, origin);
        }

        _producedTokens += result.Count;
        if (_producedTokens > MaxProducedTokens)
        {
            throw new FatalDiagnosticException(PreprocessorErrors.ExpansionTooLarge.At(origin, MaxProducedTokens));
        }
        var write = 0;
        for (var i = 0; i < result.Count; i++)
        {
            var t = result[i];
            if (ReferenceEquals(t, Placemarker)) continue;
            var first = write == 0;
            var startOfLine = first && name.StartOfLine;
            var leadingSpace = first ? name.LeadingSpace : t.LeadingSpace || t.StartOfLine;
            // Tokens of nested expansions often need no change; they are immutable and can be shared.
            result[write++] = t.ExpandedFrom == origin && t.StartOfLine == startOfLine && t.LeadingSpace == leadingSpace
                ? t
                : t with { ExpandedFrom = origin, StartOfLine = startOfLine, LeadingSpace = leadingSpace };
        }
        result.RemoveRange(write, result.Count - write);
        stream.PushExpansion(result, macro);
        if (result.Count == 0) CarrySpacing(name, stream);
        return true;
    }

    // An invocation that expands to nothing still separates its neighbours (and may start a line) in -E output.
    private static void CarrySpacing(Token name, TokenStream stream)
    {
        if (!name.LeadingSpace && !name.StartOfLine) return;
        var next = stream.Next();
        if (next.Kind != TokenKind.EndOfFile && !(next.LeadingSpace && !name.StartOfLine))
        {
            next = next with { LeadingSpace = true, StartOfLine = next.StartOfLine || name.StartOfLine };
        }
        stream.PushBack(next);
    }

    /// <summary>Reads the arguments of a function-like macro call after its '(' (6.10.3p10-12); null after an error.</summary>
    private List<Token>[]? CollectArguments(Macro macro, Token name, TokenStream stream)
    {
        var args = new List<List<Token>>();
        var current = new List<Token>();
        var nesting = 0;
        var parameterCount = macro.Parameters.Length;
        while (true)
        {
            var t = stream.Next();
            if (t.Kind == TokenKind.EndOfFile)
            {
                _diagnostics.Report(PreprocessorErrors.UnterminatedArguments, name.ExpandedFrom ?? Loc(name), macro.Name);
                stream.PushBack(t);
                return null;
            }
            if (t.Kind == TokenKind.LeftParen)
            {
                nesting++;
            }
            else if (t.Kind == TokenKind.RightParen)
            {
                if (nesting == 0) break;
                nesting--;
            }
            else if (t.Kind == TokenKind.Comma && nesting == 0 && !(macro.IsVariadic && args.Count == parameterCount - 1))
            {
                args.Add(current);
                current = new List<Token>();
                continue;
            }
            current.Add(t);
        }
        args.Add(current);

        if (parameterCount == 0 && args.Count == 1 && current.Count == 0) return [];
        if (macro.IsVariadic && args.Count == parameterCount - 1)
        {
            // The variable arguments may be omitted entirely (C2x, GNU).
            args.Add([]);
        }
        if (args.Count != parameterCount)
        {
            var descriptor = args.Count > parameterCount ? PreprocessorErrors.TooManyArguments : PreprocessorErrors.TooFewArguments;
            _diagnostics.Report(descriptor, name.ExpandedFrom ?? Loc(name), macro.Name, args.Count, parameterCount);
            return null;
        }
        return args.ToArray();
    }

    /// <summary>
    /// Argument substitution, # and ## over body[from..to) (6.10.3.1-3). Parameters next to # or ## take
    /// the argument as written; others the fully expanded argument. Placemarkers stay in the result.
    /// </summary>
    private List<Token> Substitute(Macro macro, List<Token>[] args, List<Token>?[] expanded, int from, int to, int depth, bool inIf, SourceLocation origin)
    {
        var body = macro.Body;
        var index = macro.ParameterIndex;
        var result = new List<Token>(to - from + 8);
        var pasteNext = false;
        for (var i = from; i < to; i++)
        {
            var t = body[i];
            var parameter = index[i];
            Token? single = null;
            List<Token>? items = null;
            if (t.Kind == TokenKind.Hash && macro.IsFunctionLike && i + 1 < to && index[i + 1] != Macro.NotAParameter)
            {
                if (index[i + 1] == Macro.VaOpt)
                {
                    var close = MatchParen(body, i + 2);
                    var inner = VaOptPresent(macro, args, expanded, depth, inIf)
                        ? Substitute(macro, args, expanded, i + 3, close, depth, inIf, origin)
                        : [];
                    inner.RemoveAll(x => ReferenceEquals(x, Placemarker));
                    single = Stringize(inner, t);
                    i = close;
                }
                else
                {
                    single = Stringize(args[index[i + 1]], t);
                    i++;
                }
            }
            else if (t.Kind == TokenKind.HashHash && result.Count > 0)
            {
                pasteNext = true;
                continue;
            }
            else if (parameter >= 0)
            {
                var nextIsPaste = i + 1 < to && body[i + 1].Kind == TokenKind.HashHash;
                if (pasteNext && macro.IsVariadic && parameter == macro.Parameters.Length - 1 && result[^1].Kind == TokenKind.Comma)
                {
                    // GNU: ", ## __VA_ARGS__" drops the comma when the variable arguments are empty, else just appends.
                    pasteNext = false;
                    if (args[parameter].Count == 0) result.RemoveAt(result.Count - 1);
                    else result.AddRange(args[parameter]);
                    continue;
                }
                if (pasteNext || nextIsPaste)
                {
                    items = args[parameter];
                    if (items.Count == 0) single = Placemarker;
                }
                else
                {
                    items = expanded[parameter] ??= ExpandArgument(args[parameter], depth, inIf);
                }
            }
            else if (parameter == Macro.VaOpt)
            {
                var close = MatchParen(body, i + 1);
                if (VaOptPresent(macro, args, expanded, depth, inIf))
                {
                    items = Substitute(macro, args, expanded, i + 2, close, depth, inIf, origin);
                    if (items.Count == 0) single = Placemarker;
                }
                else
                {
                    single = Placemarker;
                }
                i = close;
            }
            else
            {
                single = t;
            }

            if (pasteNext)
            {
                pasteNext = false;
                var lhs = result[^1];
                result.RemoveAt(result.Count - 1);
                if (single is not null)
                {
                    AddPasted(result, lhs, single, origin);
                }
                else
                {
                    AddPasted(result, lhs, items![0], origin);
                    for (var k = 1; k < items.Count; k++) result.Add(items[k]);
                }
            }
            else if (single is not null)
            {
                result.Add(single);
            }
            else if (items!.Count > 0)
            {
                // The argument stands where the parameter was written, with its spacing.
                var first = items[0];
                result.Add(first.LeadingSpace == t.LeadingSpace ? first : first with { LeadingSpace = t.LeadingSpace });
                for (var k = 1; k < items.Count; k++) result.Add(items[k]);
            }
        }
        return result;
    }

    private bool VaOptPresent(Macro macro, List<Token>[] args, List<Token>?[] expanded, int depth, bool inIf)
    {
        var last = macro.Parameters.Length - 1;
        if (args[last].Count == 0) return false;
        return (expanded[last] ??= ExpandArgument(args[last], depth, inIf)).Count > 0;
    }

    private List<Token> ExpandArgument(List<Token> argument, int depth, bool inIf)
    {
        if (argument.Count == 0) return argument;
        if (depth + 1 > MaxExpansionDepth)
        {
            throw new FatalDiagnosticException(PreprocessorErrors.ExpansionTooDeep.At(Loc(argument[0]), MaxExpansionDepth));
        }
        return ExpandList(argument, depth + 1, inIf);
    }

    // 6.10.3.2p2: the spelling of the argument, whitespace reduced to one space, with " and \ escaped in literals.
    private static Token Stringize(List<Token> argument, Token hash)
    {
        var sb = new StringBuilder("\"");
        for (var i = 0; i < argument.Count; i++)
        {
            var t = argument[i];
            if (ReferenceEquals(t, Placemarker)) continue;
            if (i > 0 && (t.LeadingSpace || t.StartOfLine)) sb.Append(' ');
            if (t.Kind is TokenKind.StringLiteral or TokenKind.CharLiteral || (t.Kind == TokenKind.Other && t.Text.Length > 0 && t.Text[0] is '"' or '\''))
            {
                foreach (var c in t.Text)
                {
                    if (c is '"' or '\\') sb.Append('\\');
                    sb.Append(c);
                }
            }
            else
            {
                sb.Append(t.Text);
            }
        }
        sb.Append('"');
        return new Token(TokenKind.StringLiteral, sb.ToString(), hash.Location) { LeadingSpace = hash.LeadingSpace };
    }

    // 6.10.3.3p3: the two tokens become one, which must be a valid preprocessing token.
    private void AddPasted(List<Token> result, Token lhs, Token rhs, SourceLocation origin)
    {
        if (ReferenceEquals(rhs, Placemarker))
        {
            result.Add(lhs);
            return;
        }
        if (ReferenceEquals(lhs, Placemarker))
        {
            result.Add(rhs);
            return;
        }
        var text = lhs.Text + rhs.Text;
        var kind = PastedKind(lhs, rhs, text);
        if (kind is null)
        {
            _diagnostics.Report(PreprocessorErrors.InvalidPaste, origin, lhs.Text, rhs.Text);
            result.Add(lhs);
            result.Add(rhs with { LeadingSpace = true });
            return;
        }
        result.Add(new Token(kind.Value, text, lhs.Location) { LeadingSpace = lhs.LeadingSpace });
    }

    private static TokenKind? PastedKind(Token lhs, Token rhs, string text)
    {
        // The common cases need no lexing: identifier ## identifier-characters.
        if (lhs.Kind == TokenKind.Identifier && rhs.Kind is TokenKind.Identifier or TokenKind.PpNumber && IsIdentifierText(rhs.Text))
        {
            return TokenKind.Identifier;
        }
        var scratch = new DiagnosticBag();
        var lexer = new Lexer(new SourceFile("<paste>", text), scratch);
        var first = lexer.Next();
        if (scratch.Items.Count > 0 || first.Text.Length != text.Length || first.LeadingSpace) return null;
        if (lexer.Next().Kind != TokenKind.EndOfFile) return null;
        // An unterminated quote is no token (TokenKind.Other starting with a quote), nor is a stray character pair.
        if (first.Kind == TokenKind.Other && (text.Length != 1)) return null;
        return first.Kind;
    }

    private static bool IsIdentifierText(string text)
    {
        foreach (var c in text)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_' || c == '$')) return false;
        }
        return true;
    }

    // ---- Builtin macros (6.10.8, GNU) ----------------------------------------------------------------

    private bool ExpandBuiltin(Macro macro, Token name, TokenStream stream, bool inIf)
    {
        var where = name.ExpandedFrom ?? name.Location;
        Token result;
        switch (macro.Builtin)
        {
            case BuiltinMacro.File:
                result = StringToken(where.File, name);
                break;
            case BuiltinMacro.BaseFile:
                result = StringToken(_baseFile, name);
                break;
            case BuiltinMacro.Line:
                // As gcc: inside a macro's replacement, the line of the outermost invocation; else the token's own line.
                result = NumberToken(where.Line.ToString(CultureInfo.InvariantCulture), name);
                break;
            case BuiltinMacro.Counter:
                result = NumberToken((_counter++).ToString(CultureInfo.InvariantCulture), name);
                break;
            case BuiltinMacro.IncludeLevel:
                result = NumberToken(Math.Max(0, Current.IncludeLevel).ToString(CultureInfo.InvariantCulture), name);
                break;
            case BuiltinMacro.Date:
                result = StringToken(string.Create(CultureInfo.InvariantCulture, $"{_now:MMM} {_now.Day,2} {_now:yyyy}"), name);
                break;
            case BuiltinMacro.Time:
                result = StringToken(_now.ToString("HH:mm:ss", CultureInfo.InvariantCulture), name);
                break;
            case BuiltinMacro.Timestamp:
                {
                    var time = _options.FileSystem.LastWriteTime(Current.Source.Path) ?? _now;
                    result = StringToken(string.Create(CultureInfo.InvariantCulture, $"{time:ddd MMM} {time.Day,2} {time:HH:mm:ss yyyy}"), name);
                    break;
                }
            case BuiltinMacro.Pragma:
                PragmaOperator(name, stream);
                return true;
            default:
                {
                    var open = stream.Next();
                    if (open.Kind != TokenKind.LeftParen)
                    {
                        _diagnostics.Report(PreprocessorErrors.HasIncludeSyntax, Loc(name), macro.Name);
                        stream.PushBack(open);
                        return false;
                    }
                    var operand = new List<Token>();
                    var nesting = 0;
                    while (true)
                    {
                        var t = stream.Next();
                        if (t.Kind == TokenKind.EndOfFile)
                        {
                            _diagnostics.Report(PreprocessorErrors.UnterminatedArguments, Loc(name), macro.Name);
                            stream.PushBack(t);
                            return true;
                        }
                        if (t.Kind == TokenKind.LeftParen) nesting++;
                        if (t.Kind == TokenKind.RightParen && nesting-- == 0) break;
                        operand.Add(t);
                    }
                    result = NumberToken(EvaluateHasOperator(macro, name, operand) ? "1" : "0", name);
                    break;
                }
        }
        stream.PushBack(result with { ExpandedFrom = name.ExpandedFrom, NoExpand = true });
        return true;
    }

    private bool EvaluateHasOperator(Macro macro, Token name, List<Token> operand)
    {
        switch (macro.Builtin)
        {
            case BuiltinMacro.HasInclude:
            case BuiltinMacro.HasIncludeNext:
                {
                    var header = HeaderNameFromTokens(operand, 0, operand.Count, out _);
                    if (header is null && operand.Count > 0)
                    {
                        // A macro naming the header (__has_include(HEADER)).
                        var expanded = ExpandList(operand, 0, inIf: false);
                        header = HeaderNameFromTokens(expanded, 0, expanded.Count, out _);
                    }
                    if (header is null)
                    {
                        _diagnostics.Report(PreprocessorErrors.HasIncludeSyntax, Loc(name), macro.Name);
                        return false;
                    }
                    return FindInclude(header.Value.Name, header.Value.Angled, macro.Builtin == BuiltinMacro.HasIncludeNext, Current) is not null;
                }
            case BuiltinMacro.HasAttribute:
                return operand.Count > 0 && operand[^1].Kind == TokenKind.Identifier && Builtins.HasAttribute(operand[^1].Text)
                    && (operand.Count == 1 || (operand[0].Text is "gnu" or "__gnu__"));
            case BuiltinMacro.HasBuiltin:
                return operand.Count == 1 && Builtins.IsBuiltin(operand[0].Text);
            default:
                return false;
        }
    }

    private static Token StringToken(string value, Token name)
    {
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            if (c is '"' or '\\') sb.Append('\\');
            sb.Append(c);
        }
        sb.Append('"');
        return new Token(TokenKind.StringLiteral, sb.ToString(), name.Location) { LeadingSpace = name.LeadingSpace, StartOfLine = name.StartOfLine };
    }

    private static Token NumberToken(string value, Token name) =>
        new(TokenKind.PpNumber, value, name.Location) { LeadingSpace = name.LeadingSpace, StartOfLine = name.StartOfLine };

    // 6.10.9: _Pragma ( string-literal ) is destringized and executed as a #pragma.
    private void PragmaOperator(Token name, TokenStream stream)
    {
        var open = stream.Next();
        var literal = open.Kind == TokenKind.LeftParen ? stream.Next() : open;
        var close = literal.Kind == TokenKind.StringLiteral ? stream.Next() : literal;
        if (open.Kind != TokenKind.LeftParen || literal.Kind != TokenKind.StringLiteral || close.Kind != TokenKind.RightParen)
        {
            _diagnostics.Report(PreprocessorErrors.PragmaOperatorSyntax, Loc(name));
            if (close.Kind == TokenKind.EndOfFile) stream.PushBack(close);
            return;
        }
        var text = literal.Text;
        var quote = text.IndexOf('"');
        var content = text[(quote + 1)..^1];
        var sb = new StringBuilder(content.Length);
        for (var i = 0; i < content.Length; i++)
        {
            if (content[i] == '\\' && i + 1 < content.Length && content[i + 1] is '"' or '\\') i++;
            sb.Append(content[i]);
        }
        var where = name.ExpandedFrom ?? name.Location;
        var tokens = Lexer.Tokenize(new SourceFile(where.File, sb.ToString()), new DiagnosticBag());
        tokens.RemoveAt(tokens.Count - 1);
        Pragma(tokens, where);
    }
}
