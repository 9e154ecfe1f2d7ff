using System.Globalization;
using System.Text;
using Altitude.Diagnostics;
using Altitude.Front.Lexing;
using Altitude.Text;

namespace Altitude.Front.Preprocessing;

// Preprocessing directives (C17 6.10): #define, #undef, #include, #line, #error, #warning and dispatch.
public sealed partial class Preprocessor
{
    private void HandleDirective(FileState file)
    {
        var tokens = file.Tokens;
        var hashIndex = file.Index;
        var hash = tokens[hashIndex];
        var start = hashIndex + 1;
        var end = LineEnd(tokens, hashIndex);
        file.Index = end;
        // The null directive (6.10.7).
        if (start == end) return;
        var name = tokens[start];
        if (name.Kind == TokenKind.PpNumber)
        {
            // GNU line marker "# 12 "file" flags", as -E output contains.
            LineDirective(file, tokens, start, end, hash);
            return;
        }
        if (name.Kind != TokenKind.Identifier)
        {
            _diagnostics.Report(PreprocessorErrors.UnknownDirective, Loc(name), name.Text);
            return;
        }
        switch (name.Text)
        {
            case "define":
                DefineMacro(tokens, start + 1, end, hash);
                break;
            case "undef":
                Undefine(tokens, start + 1, end, hash);
                break;
            case "include":
                Include(file, tokens, start + 1, end, hash, "include", next: false);
                break;
            case "include_next":
                Include(file, tokens, start + 1, end, hash, "include_next", next: true);
                break;
            case "import":
                Include(file, tokens, start + 1, end, hash, "import", next: false, once: true);
                break;
            case "if":
                OpenConditional(file, hash, "if", EvaluateCondition(tokens, start + 1, end, name));
                break;
            case "ifdef":
            case "ifndef":
                {
                    var defined = IsDefinedDirective(tokens, start + 1, end, name);
                    var taken = defined is not null && (name.Text == "ifdef" ? defined.Value : !defined.Value);
                    var frame = OpenConditional(file, hash, name.Text, taken);
                    if (name.Text == "ifndef" && hashIndex == 0 && file.Conditionals.Count == 1 && defined is not null && frame is not null)
                    {
                        frame.IsGuard = true;
                        file.GuardMacro = tokens[start + 1].Text;
                    }
                    break;
                }
            case "elif":
            case "elifdef":
            case "elifndef":
            case "else":
                {
                    if (file.Conditionals.Count == 0)
                    {
                        _diagnostics.Report(PreprocessorErrors.ConditionalWithoutIf, Loc(name), name.Text);
                        break;
                    }
                    var frame = file.Conditionals[^1];
                    if (frame.SeenElse) _diagnostics.Report(PreprocessorErrors.ConditionalAfterElse, Loc(name), name.Text);
                    if (name.Text == "else")
                    {
                        frame.SeenElse = true;
                        ExtraTokens(tokens, start + 1, end, "else");
                    }
                    if (frame.IsGuard) file.GuardMacro = null;
                    // The group before was live, so every later group of this conditional is skipped.
                    frame.Taken = true;
                    SkipGroup(file, frame);
                    break;
                }
            case "endif":
                if (file.Conditionals.Count == 0)
                {
                    _diagnostics.Report(PreprocessorErrors.ConditionalWithoutIf, Loc(name), "endif");
                    break;
                }
                ExtraTokens(tokens, start + 1, end, "endif");
                CloseConditional(file, end);
                break;
            case "line":
                LineDirective(file, tokens, start + 1, end, hash);
                break;
            case "error":
                throw new FatalDiagnosticException(PreprocessorErrors.ErrorDirective.At(Loc(hash), Spell(tokens, start + 1, end)));
            case "warning":
                _diagnostics.Report(PreprocessorErrors.WarningDirective, Loc(hash), Spell(tokens, start + 1, end));
                break;
            case "pragma":
                Pragma(tokens.GetRange(start + 1, end - start - 1), Loc(hash));
                break;
            case "ident":
            case "sccs":
            case "assert":
            case "unassert":
                // Obsolete GNU directives with no effect on the program.
                break;
            default:
                _diagnostics.Report(PreprocessorErrors.UnknownDirective, Loc(name), name.Text);
                break;
        }
    }

    /// <summary>The tokens of a range spelled with single spaces where there was whitespace.</summary>
    private static string Spell(List<Token> tokens, int start, int end)
    {
        var sb = new StringBuilder();
        for (var i = start; i < end; i++)
        {
            if (i > start && (tokens[i].LeadingSpace || tokens[i].StartOfLine)) sb.Append(' ');
            sb.Append(tokens[i].Text);
        }
        return sb.ToString();
    }

    private void ExtraTokens(List<Token> tokens, int index, int end, string directive)
    {
        if (index < end) _diagnostics.Report(PreprocessorErrors.ExtraTokens, Loc(tokens[index]), directive);
    }

    // 6.10.3: # define identifier [ ( identifier-list ) ] replacement-list
    private void DefineMacro(List<Token> tokens, int start, int end, Token hash)
    {
        if (start >= end || tokens[start].Kind != TokenKind.Identifier)
        {
            _diagnostics.Report(PreprocessorErrors.MacroNameMissing, start < end ? Loc(tokens[start]) : Loc(hash));
            return;
        }
        var nameToken = tokens[start];
        var name = nameToken.Text;
        if (name == "defined")
        {
            _diagnostics.Report(PreprocessorErrors.DefineDefined, Loc(nameToken));
            return;
        }
        var i = start + 1;
        var functionLike = i < end && tokens[i].Kind == TokenKind.LeftParen && !tokens[i].LeadingSpace;
        var parameters = new List<string>();
        var variadic = false;
        if (functionLike)
        {
            i++;
            if (i < end && tokens[i].Kind == TokenKind.RightParen)
            {
                i++;
            }
            else
            {
                while (true)
                {
                    if (i >= end)
                    {
                        _diagnostics.Report(PreprocessorErrors.MissingParamParen, Loc(tokens[end - 1]));
                        return;
                    }
                    var t = tokens[i++];
                    if (t.Kind == TokenKind.Ellipsis)
                    {
                        variadic = true;
                        parameters.Add("__VA_ARGS__");
                    }
                    else if (t.Kind == TokenKind.Identifier)
                    {
                        if (parameters.Contains(t.Text) || t.Text == "__VA_ARGS__")
                        {
                            _diagnostics.Report(PreprocessorErrors.DuplicateParameter, Loc(t), t.Text);
                            return;
                        }
                        parameters.Add(t.Text);
                        // GNU named variadic parameter: args...
                        if (i < end && tokens[i].Kind == TokenKind.Ellipsis)
                        {
                            variadic = true;
                            i++;
                        }
                    }
                    else
                    {
                        _diagnostics.Report(PreprocessorErrors.BadParameter, Loc(t), t.Text);
                        return;
                    }
                    if (i < end && tokens[i].Kind == TokenKind.RightParen)
                    {
                        i++;
                        break;
                    }
                    if (variadic || i >= end || tokens[i].Kind != TokenKind.Comma)
                    {
                        _diagnostics.Report(PreprocessorErrors.MissingParamParen, Loc(tokens[Math.Min(i, end - 1)]));
                        return;
                    }
                    i++;
                }
            }
        }

        var body = tokens.GetRange(i, end - i).ToArray();
        if (body.Length > 0 && body[0].StartOfLine) body[0] = body[0] with { StartOfLine = false };
        var index = new int[body.Length];
        var simple = true;
        for (var k = 0; k < body.Length; k++)
        {
            index[k] = Macro.NotAParameter;
            var t = body[k];
            if (t.Kind == TokenKind.HashHash)
            {
                simple = false;
                if (k == 0 || k == body.Length - 1)
                {
                    _diagnostics.Report(PreprocessorErrors.HashHashAtEdge, Loc(t));
                    return;
                }
            }
            if (t.Kind != TokenKind.Identifier) continue;
            if (functionLike)
            {
                var p = parameters.IndexOf(t.Text);
                if (p >= 0 && (t.Text != "__VA_ARGS__" || variadic))
                {
                    index[k] = p;
                    simple = false;
                    continue;
                }
                if (t.Text == "__VA_OPT__" && variadic)
                {
                    if (k + 1 >= body.Length || body[k + 1].Kind != TokenKind.LeftParen || MatchParen(body, k + 1) < 0)
                    {
                        _diagnostics.Report(PreprocessorErrors.VaOptSyntax, Loc(t));
                        return;
                    }
                    index[k] = Macro.VaOpt;
                    simple = false;
                    continue;
                }
            }
            if (t.Text == "__VA_ARGS__") _diagnostics.Report(PreprocessorErrors.VaArgsOutsideVariadic, Loc(t));
        }
        if (functionLike)
        {
            for (var k = 0; k < body.Length; k++)
            {
                if (body[k].Kind == TokenKind.Hash && (k + 1 >= body.Length || index[k + 1] == Macro.NotAParameter))
                {
                    _diagnostics.Report(PreprocessorErrors.HashWithoutParameter, Loc(body[k]));
                    return;
                }
            }
        }

        var macro = new Macro
        {
            Name = name,
            Location = Loc(nameToken),
            IsFunctionLike = functionLike,
            IsVariadic = variadic,
            Parameters = parameters.ToArray(),
            Body = body,
            ParameterIndex = index,
            IsSimpleBody = simple,
        };
        if (_macros.TryGetValue(name, out var existing) && !existing.SameDefinitionAs(macro))
        {
            _diagnostics.Report(PreprocessorErrors.MacroRedefined, Loc(nameToken), name);
        }
        _macros[name] = macro;
    }

    /// <summary>Index of the ')' matching the '(' at <paramref name="open"/>, or -1.</summary>
    private static int MatchParen(Token[] body, int open)
    {
        var depth = 0;
        for (var k = open; k < body.Length; k++)
        {
            if (body[k].Kind == TokenKind.LeftParen) depth++;
            else if (body[k].Kind == TokenKind.RightParen && --depth == 0) return k;
        }
        return -1;
    }

    // 6.10.3.5: # undef identifier
    private void Undefine(List<Token> tokens, int start, int end, Token hash)
    {
        if (start >= end || tokens[start].Kind != TokenKind.Identifier)
        {
            _diagnostics.Report(PreprocessorErrors.MacroNameMissing, start < end ? Loc(tokens[start]) : Loc(hash));
            return;
        }
        var name = tokens[start].Text;
        if (name == "defined")
        {
            _diagnostics.Report(PreprocessorErrors.DefineDefined, Loc(tokens[start]));
            return;
        }
        if (_macros.TryGetValue(name, out var macro) && macro.Builtin != BuiltinMacro.None)
        {
            _diagnostics.Report(PreprocessorErrors.UndefBuiltin, Loc(tokens[start]), name);
        }
        _macros.Remove(name);
        ExtraTokens(tokens, start + 1, end, "undef");
    }

    // 6.10.2: # include pp-tokens
    private void Include(FileState file, List<Token> tokens, int start, int end, Token hash, string directive, bool next, bool once = false)
    {
        var header = HeaderName(file, tokens, start, end, directive);
        if (header is null) return;
        var (name, angled, where) = header.Value;
        if (next && ReferenceEquals(file, _files[0]))
        {
            _diagnostics.Report(PreprocessorErrors.IncludeNextInPrimary, Loc(hash));
        }
        if (file.IncludeLevel >= MaxIncludeDepth)
        {
            throw new FatalDiagnosticException(PreprocessorErrors.IncludeDepth.At(Loc(hash), MaxIncludeDepth));
        }
        var found = FindInclude(name, angled, next, file);
        if (found is null)
        {
            throw new FatalDiagnosticException(PreprocessorErrors.IncludeNotFound.At(where, name));
        }
        var (path, foundIndex) = found.Value;
        if (_pragmaOnce.Contains(path)) return;
        if (_includeGuards.TryGetValue(path, out var guard) && _macros.ContainsKey(guard)) return;
        if (once) _pragmaOnce.Add(path);
        var (source, fileTokens) = Load(path, where);
        _includedFiles.Add(path);
        var returnLine = tokens[end - 1].Location.Line + 1 + file.LineDelta;
        _files.Add(new FileState(source, fileTokens, DirectoryOf(path), foundIndex, file.IncludeLevel + 1) { ReturnLine = returnLine });
        _lineMarkers.Add(new LineMarker(_output.Count, path, 1, 1));
    }

    /// <summary>The header name of an #include line (C17 6.10.2p2-4, including the macro-expanded form).</summary>
    private (string Name, bool Angled, SourceLocation Where)? HeaderName(FileState file, List<Token> tokens, int start, int end, string directive)
    {
        if (start < end)
        {
            var first = tokens[start];
            if (first.Kind == TokenKind.StringLiteral && first.Text.StartsWith('"'))
            {
                ExtraTokens(tokens, start + 1, end, directive);
                return (first.Text[1..^1], false, Loc(first));
            }
            if (first.Kind == TokenKind.Less)
            {
                // Spelled in the source: take the characters up to '>' as written (C17 6.4.7).
                var text = file.Source.Text;
                var from = first.Location.Offset + 1;
                var close = from;
                while (close < text.Length && text[close] != '>' && text[close] != '\n') close++;
                if (close < text.Length && text[close] == '>')
                {
                    var k = start + 1;
                    while (k < end && tokens[k].Location.Offset <= close) k++;
                    ExtraTokens(tokens, k, end, directive);
                    return (text[from..close], true, Loc(first));
                }
            }
            var expanded = ExpandList(tokens.GetRange(start, end - start), 0, inIf: false);
            var header = HeaderNameFromTokens(expanded, 0, expanded.Count, out _);
            if (header is not null) return (header.Value.Name, header.Value.Angled, Loc(first));
        }
        _diagnostics.Report(PreprocessorErrors.IncludeSyntax, start < end ? Loc(tokens[start]) : Loc(tokens[start - 1]), directive);
        return null;
    }

    /// <summary>A header name from already-lexed tokens: a string literal, or the spellings between '&lt;' and '&gt;'.</summary>
    private static (string Name, bool Angled)? HeaderNameFromTokens(List<Token> tokens, int start, int end, out int next)
    {
        next = start;
        if (start >= end) return null;
        var first = tokens[start];
        if (first.Kind == TokenKind.StringLiteral && first.Text.StartsWith('"'))
        {
            next = start + 1;
            return (first.Text[1..^1], false);
        }
        if (first.Kind != TokenKind.Less) return null;
        var sb = new StringBuilder();
        for (var k = start + 1; k < end; k++)
        {
            if (tokens[k].Kind == TokenKind.Greater)
            {
                next = k + 1;
                return (sb.ToString(), true);
            }
            if (k > start + 1 && tokens[k].LeadingSpace) sb.Append(' ');
            sb.Append(tokens[k].Text);
        }
        return null;
    }

    // 6.10.4: # line digit-sequence [ "s-char-sequence" ]
    private void LineDirective(FileState file, List<Token> tokens, int start, int end, Token hash)
    {
        var line = tokens.GetRange(start, end - start);
        if (line.Count > 0 && line[0].Kind != TokenKind.PpNumber) line = ExpandList(line, 0, inIf: false);
        if (line.Count == 0 || line[0].Kind != TokenKind.PpNumber || !line[0].Text.All(char.IsAsciiDigit)
            || !int.TryParse(line[0].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            _diagnostics.Report(PreprocessorErrors.LineSyntax, line.Count > 0 ? Loc(line[0]) : Loc(hash), line.Count > 0 ? line[0].Text : "");
            return;
        }
        var lastPhysicalLine = tokens[end - 1].Location.Line;
        file.LineDelta = number - (lastPhysicalLine + 1);
        if (line.Count > 1 && line[1].Kind == TokenKind.StringLiteral && line[1].Text.StartsWith('"'))
        {
            file.PresumedName = Unescape(line[1].Text[1..^1]);
        }
        file.Adjusted = file.LineDelta != 0 || file.PresumedName is not null;
        _lineMarkers.Add(new LineMarker(_output.Count, file.PresumedName ?? file.Source.Path, number, 0));
    }

    private static string Unescape(string text)
    {
        if (!text.Contains('\\')) return text;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length) i++;
            sb.Append(text[i]);
        }
        return sb.ToString();
    }
}
