namespace Altitude.Front.Semantics;

/// <summary>Options of semantic analysis.</summary>
public sealed record SemanticOptions
{
    public static readonly SemanticOptions Default = new();

    /// <summary>Deepest recursion over user-controlled nesting (expressions, declarators, initializers) before a located error.</summary>
    public int MaxNestingDepth { get; init; } = 1000;

    /// <summary>-pedantic-errors: also report the constraint violations gcc accepts silently unless pedantic (the bag, created with PedanticErrors, makes them errors).</summary>
    public bool PedanticErrors { get; init; }
}
