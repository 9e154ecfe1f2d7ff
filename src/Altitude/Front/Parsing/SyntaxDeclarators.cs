using Altitude.Text;

namespace Altitude.Front.Parsing;

/// <summary>
/// declarator / abstract-declarator (C17 6.7.6) as a chain, outermost derivation first.
/// To compute a declared type, start from the specifiers' type T and walk the chain:
/// <list type="bullet">
/// <item><see cref="PointerDeclaratorSyntax"/>: T becomes "pointer to T" (qualified), continue with Inner.</item>
/// <item><see cref="ArrayDeclaratorSyntax"/>: T becomes "array of T", continue with Inner.</item>
/// <item><see cref="FunctionDeclaratorSyntax"/>: T becomes "function returning T", continue with Inner.</item>
/// <item><see cref="IdentifierDeclaratorSyntax"/>: the name (null in an abstract declarator) has type T.</item>
/// </list>
/// So <c>int *a[3]</c> is Pointer(Array(Identifier a)) and <c>int (*p)[3]</c> is Array(Pointer(Identifier p)).
/// Parentheses leave no node.
/// </summary>
public abstract record DeclaratorSyntax(SourceLocation Location) : SyntaxNode(Location)
{
    /// <summary>The innermost node: the declared name, or the place of an abstract declarator.</summary>
    public IdentifierDeclaratorSyntax Innermost
    {
        get
        {
            var d = this;
            while (true)
            {
                switch (d)
                {
                    case IdentifierDeclaratorSyntax id: return id;
                    case PointerDeclaratorSyntax p: d = p.Inner; break;
                    case ArrayDeclaratorSyntax a: d = a.Inner; break;
                    case FunctionDeclaratorSyntax f: d = f.Inner; break;
                    default: throw new InvalidOperationException("unknown declarator node");
                }
            }
        }
    }

    /// <summary>The declared identifier, or null for an abstract declarator.</summary>
    public string? DeclaredName => Innermost.Name;
}

/// <summary>
/// The end of a declarator chain: the declared identifier, or (Name null) the empty place of an
/// abstract declarator. <see cref="Attributes"/> holds attributes written directly after the name.
/// </summary>
public sealed record IdentifierDeclaratorSyntax(
    SourceLocation Location,
    string? Name,
    IReadOnlyList<AttributeSyntax> Attributes) : DeclaratorSyntax(Location);

/// <summary>pointer: * type-qualifier-list? (C17 6.7.6.1), attributes after the star included.</summary>
public sealed record PointerDeclaratorSyntax(
    SourceLocation Location,
    TypeQualifiers Qualifiers,
    IReadOnlyList<AttributeSyntax> Attributes,
    DeclaratorSyntax Inner) : DeclaratorSyntax(Location);

/// <summary>
/// Array declarator (C17 6.7.6.2): <c>[ static? qualifiers? size? ]</c>, <c>[ qualifiers static size ]</c>
/// or <c>[ qualifiers? * ]</c> (<see cref="IsUnspecifiedVla"/>). Size null means incomplete.
/// </summary>
public sealed record ArrayDeclaratorSyntax(
    SourceLocation Location,
    DeclaratorSyntax Inner,
    ExpressionSyntax? Size,
    TypeQualifiers Qualifiers,
    bool IsStatic,
    bool IsUnspecifiedVla) : DeclaratorSyntax(Location);

/// <summary>
/// Function declarator (C17 6.7.6.3).
/// <list type="bullet">
/// <item>Prototype <c>(int a, char *)</c> or <c>(void)</c>: <see cref="Parameters"/> lists them
/// (<c>(void)</c> is one unnamed parameter of type void; semantic analysis recognises it),
/// <see cref="IdentifierList"/> is null.</item>
/// <item>K&amp;R identifier list <c>(a, b)</c>: <see cref="IdentifierList"/> lists the names, Parameters is empty.</item>
/// <item>Empty <c>()</c>: no prototype; Parameters empty and IdentifierList an empty list.</item>
/// </list>
/// </summary>
public sealed record FunctionDeclaratorSyntax(
    SourceLocation Location,
    DeclaratorSyntax Inner,
    IReadOnlyList<ParameterDeclarationSyntax> Parameters,
    bool IsVariadic,
    IReadOnlyList<IdentifierNameSyntax>? IdentifierList) : DeclaratorSyntax(Location)
{
    public bool HasPrototype => IdentifierList is null;
}

/// <summary>An identifier with its location (K&amp;R parameter names, __label__ names).</summary>
public sealed record IdentifierNameSyntax(SourceLocation Location, string Name) : SyntaxNode(Location);

/// <summary>
/// parameter-declaration: declaration-specifiers (declarator | abstract-declarator?) (C17 6.7.6.3).
/// <see cref="Declarator"/> is always present; for an unnamed parameter it is abstract (Name null).
/// </summary>
public sealed record ParameterDeclarationSyntax(
    SourceLocation Location,
    DeclarationSpecifiersSyntax Specifiers,
    DeclaratorSyntax Declarator,
    IReadOnlyList<AttributeSyntax> Attributes) : SyntaxNode(Location);

/// <summary>type-name: specifier-qualifier-list abstract-declarator? (C17 6.7.7). The declarator is always present (abstract, Name null).</summary>
public sealed record TypeNameSyntax(
    SourceLocation Location,
    DeclarationSpecifiersSyntax Specifiers,
    DeclaratorSyntax Declarator) : SyntaxNode(Location);
