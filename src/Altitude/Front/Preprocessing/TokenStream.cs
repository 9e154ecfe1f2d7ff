using Altitude.Front.Lexing;
using Altitude.Text;

namespace Altitude.Front.Preprocessing;

/// <summary>
/// Where macro expansion reads from: a push-back stack (expansion results are rescanned together with
/// the rest of the input, C17 6.10.3.4p1) over either the source files (directives handled on the way)
/// or a fixed list of tokens (a macro argument or an #if line).
/// </summary>
internal sealed class TokenStream
{
    // Pushed-back tokens in reverse order: the next token is the last element.
    private readonly List<Token> _pushback = [];
    private readonly Preprocessor? _files;
    private readonly List<Token>? _list;
    private readonly Token? _end;
    private int _index;

    /// <summary>A stream over the preprocessor's include stack.</summary>
    public TokenStream(Preprocessor files) => _files = files;

    /// <summary>A stream over a list; after it comes an end-of-file token located at <paramref name="end"/>.</summary>
    public TokenStream(List<Token> list, SourceLocation end)
    {
        _list = list;
        _end = new Token(TokenKind.EndOfFile, "", end);
    }

    public bool ReadsFiles => _files is not null;

    public Token Next()
    {
        var count = _pushback.Count;
        if (count > 0)
        {
            var token = _pushback[count - 1];
            _pushback.RemoveAt(count - 1);
            return token;
        }
        if (_files is not null) return _files.NextFromFiles();
        return _index < _list!.Count ? _list[_index++] : _end!;
    }

    public void PushBack(Token token) => _pushback.Add(token);

    /// <summary>Pushes a sequence so that its first token is read next.</summary>
    public void PushBack(List<Token> tokens)
    {
        for (var i = tokens.Count - 1; i >= 0; i--) _pushback.Add(tokens[i]);
    }
}
