namespace Altitude.Text;

/// <summary>
/// A place in user source: file, 1-based line and column, and the character offset in the file.
/// The seed's "location" also names the enclosing function; phases that know it carry it beside
/// the location (sexpcode records it per function), so this type stays small and copyable.
/// </summary>
public readonly record struct SourceLocation(string File, int Line, int Column, int Offset)
{
    public static readonly SourceLocation None = new("", 0, 0, -1);

    // A #line directive can set line 0 for a real place, so the file name decides too.
    public bool IsNone => Line == 0 && string.IsNullOrEmpty(File);

    public override string ToString() => IsNone ? "<unknown>" : $"{File}:{Line}:{Column}";
}
