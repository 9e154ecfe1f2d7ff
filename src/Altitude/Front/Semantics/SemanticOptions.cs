namespace Altitude.Front.Semantics;

/// <summary>Options of semantic analysis.</summary>
public sealed record SemanticOptions
{
    public static readonly SemanticOptions Default = new();

    /// <summary>Deepest recursion over user-controlled nesting (expressions, declarators, initializers) before a located error.</summary>
    public int MaxNestingDepth { get; init; } = 1000;

    /// <summary>-pedantic-errors: turn the warnings gcc makes errors under it into errors (not used yet).</summary>
    public bool PedanticErrors { get; init; }
}
