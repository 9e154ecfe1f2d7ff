namespace Altitude.Front.Parsing;

/// <summary>Language options the parser needs from the command line.</summary>
public sealed record ParserOptions
{
    public static readonly ParserOptions Default = new();

    /// <summary>
    /// True for the gnu* -std modes (the default): <c>asm</c> and <c>typeof</c> are keywords.
    /// In strict c* modes they are ordinary identifiers (the double-underscore spellings stay keywords).
    /// </summary>
    public bool GnuKeywords { get; init; } = true;


    /// <summary>The preprocessor's pragmas (for <c>#pragma pack</c>, see <see cref="PragmaPack"/>).</summary>
    public IReadOnlyList<Preprocessing.PragmaDirective> Pragmas { get; init; } = [];

    /// <summary>Deepest nesting of parentheses, blocks, declarators and the like before the parser stops with an error.</summary>
    public int MaxNestingDepth { get; init; } = 1000;
}
