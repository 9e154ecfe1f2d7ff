using Altitude.Text;

namespace Altitude.Front.Parsing;

/// <summary>external-declaration (C17 6.9): anything at file scope (and, as block items, in blocks).</summary>
public abstract record ExternalDeclarationSyntax(SourceLocation Location) : BlockItemSyntax(Location);

/// <summary>
/// declaration: declaration-specifiers init-declarator-list? ; (C17 6.7). An empty declarator list
/// declares only a tag (<c>struct s { int x; };</c>) or is useless (a warning for semantic analysis).
/// </summary>
public sealed record DeclarationSyntax(
    SourceLocation Location,
    DeclarationSpecifiersSyntax Specifiers,
    IReadOnlyList<InitDeclaratorSyntax> Declarators) : ExternalDeclarationSyntax(Location);

/// <summary>
/// init-declarator: declarator asm-label? attributes? (= initializer)? (C17 6.7).
/// <see cref="AsmLabel"/> is GNU <c>__asm__("symbol")</c>, which Altitude ignores.
/// <see cref="Attributes"/> holds attributes after the declarator (e.g. after a function's parameter list).
/// </summary>
public sealed record InitDeclaratorSyntax(
    SourceLocation Location,
    DeclaratorSyntax Declarator,
    InitializerSyntax? Initializer,
    IReadOnlyList<AttributeSyntax> Attributes,
    StringLiteralExpressionSyntax? AsmLabel) : SyntaxNode(Location);

/// <summary>
/// function-definition: declaration-specifiers declarator declaration-list? compound-statement (C17 6.9.1).
/// <see cref="KnrDeclarations"/> are the old-style parameter declarations between the declarator and the body.
/// </summary>
public sealed record FunctionDefinitionSyntax(
    SourceLocation Location,
    DeclarationSpecifiersSyntax Specifiers,
    DeclaratorSyntax Declarator,
    IReadOnlyList<AttributeSyntax> Attributes,
    IReadOnlyList<DeclarationSyntax> KnrDeclarations,
    CompoundStatementSyntax Body) : ExternalDeclarationSyntax(Location);

/// <summary>
/// static_assert-declaration (C17 6.7.10): <c>_Static_assert(expr, "msg")</c>; the C2x form without a
/// message has <see cref="Message"/> null.
/// </summary>
public sealed record StaticAssertSyntax(
    SourceLocation Location,
    ExpressionSyntax Condition,
    StringLiteralExpressionSyntax? Message) : ExternalDeclarationSyntax(Location);

/// <summary>A lone <c>;</c> at file scope (gcc accepts it with a pedantic warning).</summary>
public sealed record EmptyDeclarationSyntax(SourceLocation Location) : ExternalDeclarationSyntax(Location);

/// <summary>File-scope GNU <c>asm("...");</c>. Semantic analysis rejects inline assembly.</summary>
public sealed record AsmDeclarationSyntax(SourceLocation Location, StringLiteralExpressionSyntax? Template) : ExternalDeclarationSyntax(Location);

/// <summary>GNU local label declaration <c>__label__ a, b;</c> at the start of a block.</summary>
public sealed record LabelDeclarationSyntax(SourceLocation Location, IReadOnlyList<IdentifierNameSyntax> Names) : BlockItemSyntax(Location);
