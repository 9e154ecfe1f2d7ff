using Altitude.Front.Lexing;
using Altitude.Text;

namespace Altitude.Front.Preprocessing;

/// <summary>
/// Where macro expansion reads from: a push-back stack (expansion results are rescanned together with
/// the rest of the input, C17 6.10.3.4p1) over either the source files (directives handled on the way)
/// or a fixed list of tokens (a macro argument or an #if line). The end of each macro's replacement list
/// is marked in the stack, so a macro is disabled exactly while its replacement is being rescanned.
/// </summary>
internal sealed class TokenStream
{
    /// <summary>A pushed-back token, or the end of a macro's replacement list (where that macro is enabled again).</summary>
    private readonly record struct Entry(Token? Token, Macro? EndOf);

    // Pushed-back entries in reverse order: the next one is the last element.
    private readonly List<Entry> _pushback = [];
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
        while (count > 0)
        {
            var entry = _pushback[count - 1];
            _pushback.RemoveAt(--count);
            if (entry.Token is not null) return entry.Token;
            // Reading past the end of a replacement list ends the macro's expansion (6.10.3.4p2).
            entry.EndOf!.DisabledDepth--;
        }
        if (_files is not null) return _files.NextFromFiles();
        return _index < _list!.Count ? _list[_index++] : _end!;
    }

    public void PushBack(Token token) => _pushback.Add(new Entry(token, null));

    /// <summary>
    /// Pushes the replacement list of <paramref name="macro"/> so that its first token is read next, and
    /// disables the macro until the reader has gone past its last token.
    /// </summary>
    public void PushExpansion(List<Token> tokens, Macro macro)
    {
        macro.DisabledDepth++;
        _pushback.Add(new Entry(null, macro));
        for (var i = tokens.Count - 1; i >= 0; i--) _pushback.Add(new Entry(tokens[i], null));
    }
}
