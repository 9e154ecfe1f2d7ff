namespace Altitude.Text;

/// <summary>
/// One file of C source as the front end read it: a display path, the text, and the offsets
/// of line starts so that a byte offset can be turned into a line and column cheaply.
/// </summary>
public sealed class SourceFile
{
    private readonly int[] _lineStarts;

    public SourceFile(string path, string text)
    {
        Path = path;
        Text = text;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n') starts.Add(i + 1);
        }
        _lineStarts = starts.ToArray();
    }

    /// <summary>The path as it is shown in diagnostics (as given on the command line or found by #include).</summary>
    public string Path { get; }

    public string Text { get; }

    public int LineCount => _lineStarts.Length;

    /// <summary>1-based line of an offset.</summary>
    public int LineOf(int offset)
    {
        var index = Array.BinarySearch(_lineStarts, offset);
        return index >= 0 ? index + 1 : ~index;
    }

    /// <summary>1-based line and column of an offset (columns count characters, tabs as one).</summary>
    public (int Line, int Column) LineColumnOf(int offset)
    {
        var line = LineOf(offset);
        return (line, offset - _lineStarts[line - 1] + 1);
    }

    /// <summary>
    /// As <see cref="LocationOf(int)"/>, for callers that ask in increasing offset order (the lexer):
    /// <paramref name="lineHint"/> remembers the last line index so the lookup is amortised O(1).
    /// </summary>
    public SourceLocation LocationOf(int offset, ref int lineHint)
    {
        if (lineHint < 0 || lineHint >= _lineStarts.Length || _lineStarts[lineHint] > offset) return Remember(LocationOf(offset), ref lineHint);
        while (lineHint + 1 < _lineStarts.Length && _lineStarts[lineHint + 1] <= offset) lineHint++;
        return new SourceLocation(Path, lineHint + 1, offset - _lineStarts[lineHint] + 1, offset);
    }

    private static SourceLocation Remember(SourceLocation location, ref int lineHint)
    {
        lineHint = location.Line - 1;
        return location;
    }

    public SourceLocation LocationOf(int offset)
    {
        var (line, column) = LineColumnOf(offset);
        return new SourceLocation(Path, line, column, offset);
    }

    /// <summary>The text of a 1-based line without its line terminator, for source excerpts in diagnostics.</summary>
    public string LineText(int line)
    {
        if (line < 1 || line > _lineStarts.Length) return "";
        var start = _lineStarts[line - 1];
        var end = line < _lineStarts.Length ? _lineStarts[line] - 1 : Text.Length;
        if (end > start && Text[end - 1] == '\r') end--;
        return Text.Substring(start, Math.Max(0, end - start));
    }
}
