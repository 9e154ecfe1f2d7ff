using System.Text;
using Altitude.Front.Lexing;

namespace Altitude.Front.Preprocessing;

/// <summary>
/// Writes preprocessed tokens as text, the way <c>gcc -E</c> does: line markers
/// <c># line "file" flags</c> when the file changes (flag 1 entering an include, 2 returning),
/// blank lines for short gaps, a space where the source had whitespace, and a space wherever two
/// adjacent spellings would otherwise lex as a different token.
/// </summary>
public sealed class PreprocessedTextWriter
{
    private const int MaxBlankLines = 8;

    private readonly TextWriter _writer;
    private readonly bool _lineMarkers;
    private readonly List<string> _fileStack = [];
    private string? _file;
    private int _line;
    private Token? _previous;
    private bool _wroteToken;

    /// <param name="lineMarkers">False for -P: no line markers, and no more than one blank line.</param>
    public PreprocessedTextWriter(TextWriter writer, bool lineMarkers = true)
    {
        _writer = writer;
        _lineMarkers = lineMarkers;
    }

    /// <summary>Writes a whole token list (as <see cref="Preprocessor.Preprocess"/> returns it) with its pragmas.</summary>
    public static string ToText(IReadOnlyList<Token> tokens, IReadOnlyList<PragmaDirective>? pragmas = null, bool lineMarkers = true,
        IReadOnlyList<LineMarker>? markers = null)
    {
        var sw = new StringWriter();
        new PreprocessedTextWriter(sw, lineMarkers).Write(tokens, pragmas, markers);
        return sw.ToString();
    }

    /// <summary>Writes the output of a preprocessor run (tokens, pragmas and line markers).</summary>
    public static string ToText(IReadOnlyList<Token> tokens, Preprocessor preprocessor, bool lineMarkers = true) =>
        ToText(tokens, preprocessor.Pragmas, lineMarkers, preprocessor.LineMarkers);

    /// <summary>
    /// Writes tokens. With <paramref name="markers"/> (from <see cref="Preprocessor.LineMarkers"/>) file
    /// changes are exact; without, they are inferred from token locations.
    /// </summary>
    public void Write(IReadOnlyList<Token> tokens, IReadOnlyList<PragmaDirective>? pragmas = null, IReadOnlyList<LineMarker>? markers = null)
    {
        var nextPragma = 0;
        var nextMarker = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            while (markers is not null && nextMarker < markers.Count && markers[nextMarker].TokenIndex <= i)
            {
                ApplyMarker(markers[nextMarker++]);
            }
            while (pragmas is not null && nextPragma < pragmas.Count && pragmas[nextPragma].TokenIndex <= i)
            {
                WritePragma(pragmas[nextPragma++]);
            }
            var token = tokens[i];
            if (token.Kind == TokenKind.EndOfFile) break;
            WriteToken(token);
        }
        while (pragmas is not null && nextPragma < pragmas.Count) WritePragma(pragmas[nextPragma++]);
        if (_previous is not null) _writer.Write('\n');
    }

    private void ApplyMarker(LineMarker marker)
    {
        if (_previous is not null) _writer.Write('\n');
        _previous = null;
        if (marker.Flag == 1) _fileStack.Add(marker.File);
        else if (marker.Flag == 2 && _fileStack.Count > 0) _fileStack.RemoveAt(_fileStack.Count - 1);
        else if (_fileStack.Count == 0) _fileStack.Add(marker.File);
        _file = marker.File;
        WriteMarker(marker.Line, marker.Flag == 0 ? "" : " " + marker.Flag.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private void WritePragma(PragmaDirective pragma)
    {
        if (_previous is not null)
        {
            _writer.Write('\n');
            _line++;
        }
        MoveTo(pragma.Location.File, pragma.Location.Line, force: _previous is null && _file is null);
        _writer.Write("#pragma ");
        _writer.Write(pragma.Text);
        _writer.Write('\n');
        _line++;
        _previous = null;
    }

    private void WriteToken(Token token)
    {
        var where = token.ExpandedFrom ?? token.Location;
        if (_previous is null || token.StartOfLine || where.File != _file && token.ExpandedFrom is null)
        {
            if (_previous is not null) _writer.Write('\n');
            if (_previous is not null) _line++;
            MoveTo(where.File, where.Line, force: _previous is null && _file is null);
            // Keep the indentation a little readable: one space for an indented line.
            if (token.LeadingSpace) _writer.Write(' ');
        }
        else if (token.LeadingSpace || NeedsSpace(_previous, token))
        {
            _writer.Write(' ');
        }
        _writer.Write(token.Text);
        _wroteToken = true;
        // A macro invocation may span lines: the output line then stands for the last of them.
        if (token.ExpandedFrom is null && where.File == _file && where.Line > _line) _line = where.Line;
        _previous = token;
    }

    // Brings the output to (file, line): blank lines for a short gap, otherwise a line marker.
    private void MoveTo(string file, int line, bool force)
    {
        if (file != _file || force)
        {
            var flag = "";
            if (_file is not null)
            {
                var index = _fileStack.LastIndexOf(file);
                if (index >= 0)
                {
                    _fileStack.RemoveRange(index + 1, _fileStack.Count - index - 1);
                    flag = " 2";
                }
                else
                {
                    _fileStack.Add(file);
                    flag = " 1";
                }
            }
            else
            {
                _fileStack.Add(file);
            }
            _file = file;
            WriteMarker(line, flag);
            return;
        }
        var gap = line - _line;
        if (gap >= 0 && gap <= MaxBlankLines)
        {
            if (!_lineMarkers && gap > 1) gap = 1;
            if (!_lineMarkers && !_wroteToken) gap = 0;
            for (var k = 0; k < gap; k++) _writer.Write('\n');
            _line = line;
        }
        else
        {
            WriteMarker(line, "");
        }
    }

    private void WriteMarker(int line, string flag)
    {
        _line = line;
        if (!_lineMarkers) return;
        _writer.Write("# ");
        _writer.Write(line);
        _writer.Write(" \"");
        foreach (var c in _file!)
        {
            if (c is '"' or '\\') _writer.Write('\\');
            _writer.Write(c);
        }
        _writer.Write('"');
        _writer.Write(flag);
        _writer.Write('\n');
    }

    /// <summary>True if writing <paramref name="next"/> right after <paramref name="previous"/> would lex differently.</summary>
    public static bool NeedsSpace(Token previous, Token next)
    {
        var a = previous.Text;
        var b = next.Text;
        if (a.Length == 0 || b.Length == 0) return false;
        var last = a[^1];
        var first = b[0];
        var prevWord = previous.Kind is TokenKind.Identifier or TokenKind.PpNumber;
        if (prevWord && (IsWordChar(first) || first == '\'' || first == '"')) return true;
        if (previous.Kind == TokenKind.PpNumber && (first == '.' || ((first == '+' || first == '-') && last is 'e' or 'E' or 'p' or 'P'))) return true;
        if (last == '.' && (char.IsAsciiDigit(first) || first == '.')) return true;
        return IsPunctuatorPair(last, first) || (a == "%:" && b.StartsWith("%:", StringComparison.Ordinal));
    }

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_' || c == '$' || c == '\\' || c >= 0x80;

    // The pairs whose characters begin a longer punctuator or a comment.
    private static bool IsPunctuatorPair(char a, char b) => (a, b) switch
    {
        ('+', '+') or ('+', '=') or ('-', '-') or ('-', '=') or ('-', '>') => true,
        ('<', '<') or ('<', '=') or ('<', ':') or ('<', '%') or ('>', '>') or ('>', '=') => true,
        ('=', '=') or ('!', '=') or ('&', '&') or ('&', '=') or ('|', '|') or ('|', '=') or ('^', '=') => true,
        ('*', '=') or ('/', '=') or ('/', '/') or ('/', '*') or ('%', '=') or ('%', '>') or ('%', ':') => true,
        ('#', '#') or (':', '>') or ('.', '.') => true,
        _ => false,
    };
}
