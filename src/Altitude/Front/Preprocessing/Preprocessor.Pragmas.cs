using Altitude.Front.Lexing;
using Altitude.Text;

namespace Altitude.Front.Preprocessing;

// Pragmas (C17 6.10.6), also those coming from the _Pragma operator (6.10.9).
public sealed partial class Preprocessor
{
    private void Pragma(List<Token> tokens, SourceLocation where)
    {
        var text = Spell(tokens, 0, tokens.Count);
        if (tokens.Count > 0 && tokens[0].Kind == TokenKind.Identifier)
        {
            switch (tokens[0].Text)
            {
                case "once":
                    _pragmaOnce.Add(Current.Source.Path);
                    return;
                case "push_macro":
                case "pop_macro":
                    if (tokens.Count >= 4 && tokens[1].Kind == TokenKind.LeftParen && tokens[2].Kind == TokenKind.StringLiteral && tokens[2].Text.StartsWith('"'))
                    {
                        var name = tokens[2].Text[1..^1];
                        if (tokens[0].Text == "push_macro")
                        {
                            if (!_pushedMacros.TryGetValue(name, out var stack)) _pushedMacros[name] = stack = new Stack<Macro?>();
                            stack.Push(_macros.GetValueOrDefault(name));
                        }
                        else if (_pushedMacros.TryGetValue(name, out var stack) && stack.Count > 0)
                        {
                            var saved = stack.Pop();
                            if (saved is null) _macros.Remove(name);
                            else _macros[name] = saved;
                        }
                    }
                    return;
                case "GCC" when tokens.Count >= 2:
                    switch (tokens[1].Text)
                    {
                        case "system_header":
                        case "poison":
                        case "dependency":
                            return;
                        case "warning":
                        case "error":
                            {
                                var message = tokens.Count >= 3 && tokens[2].Kind == TokenKind.StringLiteral
                                    ? Unescape(tokens[2].Text[1..^1])
                                    : Spell(tokens, 2, tokens.Count);
                                _diagnostics.Report(tokens[1].Text == "error" ? PreprocessorErrors.PragmaError : PreprocessorErrors.PragmaWarning, where, message);
                                return;
                            }
                    }
                    break;
            }
        }
        _pragmas.Add(new PragmaDirective(_output.Count, where, text));
    }
}
