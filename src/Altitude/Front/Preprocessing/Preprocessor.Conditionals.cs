using Altitude.Front.Lexing;

namespace Altitude.Front.Preprocessing;

// Conditional inclusion (C17 6.10.1): #if/#ifdef/#ifndef/#elif/#else/#endif and skipping of groups.
public sealed partial class Preprocessor
{
    private Conditional? OpenConditional(FileState file, Token hash, string directive, bool taken)
    {
        var frame = new Conditional(Loc(hash), directive, taken);
        file.Conditionals.Add(frame);
        if (!taken) SkipGroup(file, frame);
        return frame;
    }

    private void CloseConditional(FileState file, int end)
    {
        var frame = file.Conditionals[^1];
        file.Conditionals.RemoveAt(file.Conditionals.Count - 1);
        if (frame.IsGuard) file.GuardEnd = end;
    }

    /// <summary>
    /// Skips the tokens of a group not taken, up to the #elif/#else that starts a taken group or the
    /// matching #endif. Nothing in a skipped group is interpreted except conditional directives' names.
    /// </summary>
    private void SkipGroup(FileState file, Conditional frame)
    {
        var tokens = file.Tokens;
        var i = file.Index;
        var depth = 0;
        while (true)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.EndOfFile)
            {
                file.Index = i;
                return;
            }
            if (t.Kind == TokenKind.Hash && t.StartOfLine)
            {
                var n = tokens[i + 1];
                if (!n.StartOfLine && n.Kind == TokenKind.Identifier)
                {
                    switch (n.Text)
                    {
                        case "if":
                        case "ifdef":
                        case "ifndef":
                            depth++;
                            break;
                        case "endif":
                            if (depth > 0)
                            {
                                depth--;
                                break;
                            }
                            file.Index = LineEnd(tokens, i);
                            ExtraTokens(tokens, i + 2, file.Index, "endif");
                            CloseConditional(file, file.Index);
                            return;
                        case "elif":
                        case "elifdef":
                        case "elifndef":
                            if (depth > 0) break;
                            if (frame.SeenElse)
                            {
                                _diagnostics.Report(PreprocessorErrors.ConditionalAfterElse, Loc(n), n.Text);
                                break;
                            }
                            if (frame.IsGuard) file.GuardMacro = null;
                            if (!frame.Taken)
                            {
                                var end = LineEnd(tokens, i);
                                bool taken;
                                if (n.Text == "elif")
                                {
                                    taken = EvaluateCondition(tokens, i + 2, end, n);
                                }
                                else
                                {
                                    var defined = IsDefinedDirective(tokens, i + 2, end, n);
                                    taken = defined is not null && (n.Text == "elifdef" ? defined.Value : !defined.Value);
                                }
                                if (taken)
                                {
                                    frame.Taken = true;
                                    file.Index = end;
                                    return;
                                }
                                i = end;
                                continue;
                            }
                            break;
                        case "else":
                            if (depth > 0) break;
                            if (frame.SeenElse)
                            {
                                _diagnostics.Report(PreprocessorErrors.ConditionalAfterElse, Loc(n), "else");
                                break;
                            }
                            frame.SeenElse = true;
                            ExtraTokens(tokens, i + 2, LineEnd(tokens, i), "else");
                            if (frame.IsGuard) file.GuardMacro = null;
                            if (!frame.Taken)
                            {
                                frame.Taken = true;
                                file.Index = LineEnd(tokens, i);
                                return;
                            }
                            break;
                    }
                }
            }
            i++;
        }
    }

    /// <summary>For #ifdef/#ifndef/#elifdef: whether the named macro is defined; null after an error.</summary>
    private bool? IsDefinedDirective(List<Token> tokens, int start, int end, Token directive)
    {
        if (start >= end || tokens[start].Kind != TokenKind.Identifier)
        {
            _diagnostics.Report(PreprocessorErrors.NoMacroName, start < end ? Loc(tokens[start]) : Loc(directive), directive.Text);
            return null;
        }
        ExtraTokens(tokens, start + 1, end, directive.Text);
        return _macros.ContainsKey(tokens[start].Text);
    }

    // 6.10.1p4: macro-expand the line (defined handled first), then evaluate as an integer constant expression.
    private bool EvaluateCondition(List<Token> tokens, int start, int end, Token directive)
    {
        if (start >= end)
        {
            _diagnostics.Report(PreprocessorErrors.IfWithoutExpression, Loc(directive), directive.Text);
            return false;
        }
        var expanded = ExpandList(tokens.GetRange(start, end - start), 0, inIf: true);
        var last = tokens[end - 1];
        return new ExpressionEvaluator(expanded, _diagnostics, Loc(last)).Evaluate();
    }
}
