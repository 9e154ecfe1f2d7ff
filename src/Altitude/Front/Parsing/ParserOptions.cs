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

    /// <summary>
    /// Like gcc's -pedantic-errors: the parser's pedantic warnings (implicit int, extra ';', a label
    /// before a declaration or '}', empty initializer braces, an empty struct, _Alignof of an
    /// expression) become errors with the same id.
    /// </summary>
    public bool PedanticErrors { get; init; }

    /// <summary>Deepest nesting of parentheses, blocks, declarators and the like before the parser stops with an error.</summary>
    public int MaxNestingDepth { get; init; } = 1000;
}
