using Altitude.Text;

namespace Altitude.Front.Parsing;

/// <summary>
/// Base of every node of the C syntax tree. Nodes are immutable records; lists are never null
/// (empty when absent) unless a property's comment says null carries a meaning.
/// <see cref="Location"/> is where the construct starts (for operators: the operator token).
/// </summary>
public abstract record SyntaxNode(SourceLocation Location);

/// <summary>
/// One GNU attribute from <c>__attribute__((name, name(args)))</c>. <see cref="Arguments"/> is null
/// when the attribute has no parenthesised argument list. Arguments are parsed as assignment
/// expressions (identifiers such as <c>printf</c> in <c>format(printf, 1, 2)</c> become
/// <see cref="IdentifierExpressionSyntax"/>). Arguments that are not expressions are dropped and
/// <see cref="ArgumentsUnparsed"/> is set.
/// </summary>
public sealed record AttributeSyntax(
    SourceLocation Location,
    string Name,
    IReadOnlyList<ExpressionSyntax>? Arguments,
    bool ArgumentsUnparsed = false) : SyntaxNode(Location)
{
    /// <summary>The name without GNU's optional surrounding double underscores: <c>__packed__</c> → <c>packed</c>.</summary>
    public string CanonicalName =>
        Name.Length > 4 && Name.StartsWith("__", StringComparison.Ordinal) && Name.EndsWith("__", StringComparison.Ordinal)
            ? Name[2..^2]
            : Name;
}

/// <summary>translation-unit: external-declaration+ (C17 6.9).</summary>
public sealed record TranslationUnitSyntax(
    SourceLocation Location,
    IReadOnlyList<ExternalDeclarationSyntax> Declarations) : SyntaxNode(Location);

/// <summary>
/// Anything that can stand in a compound statement (C17 6.8.2 block-item): statements and
/// declarations. External declarations derive from it too, since every kind of file-scope
/// declaration can also appear in a block (a nested function definition is a GNU extension
/// semantic analysis rejects).
/// </summary>
public abstract record BlockItemSyntax(SourceLocation Location) : SyntaxNode(Location);
