using Altitude.Text;

namespace Altitude.Front.Parsing;

/// <summary>statement (C17 6.8).</summary>
public abstract record StatementSyntax(SourceLocation Location) : BlockItemSyntax(Location);

/// <summary>compound-statement: { block-item-list? } (C17 6.8.2). Items are statements, declarations, _Static_assert and __label__ declarations.</summary>
public sealed record CompoundStatementSyntax(SourceLocation Location, IReadOnlyList<BlockItemSyntax> Items, SourceLocation EndLocation) : StatementSyntax(Location);

/// <summary>expression-statement with an expression (C17 6.8.3).</summary>
public sealed record ExpressionStatementSyntax(SourceLocation Location, ExpressionSyntax Expression) : StatementSyntax(Location);

/// <summary>
/// The null statement <c>;</c> (C17 6.8.3). <see cref="Attributes"/> holds GNU statement attributes
/// such as <c>__attribute__((fallthrough));</c>.
/// </summary>
public sealed record NullStatementSyntax(SourceLocation Location, IReadOnlyList<AttributeSyntax> Attributes) : StatementSyntax(Location);

public sealed record IfStatementSyntax(SourceLocation Location, ExpressionSyntax Condition, StatementSyntax Then, StatementSyntax? Else) : StatementSyntax(Location);

public sealed record SwitchStatementSyntax(SourceLocation Location, ExpressionSyntax Expression, StatementSyntax Body) : StatementSyntax(Location);

public sealed record WhileStatementSyntax(SourceLocation Location, ExpressionSyntax Condition, StatementSyntax Body) : StatementSyntax(Location);

public sealed record DoStatementSyntax(SourceLocation Location, StatementSyntax Body, ExpressionSyntax Condition) : StatementSyntax(Location);

/// <summary>
/// for ( expression? ; expression? ; expression? ) statement, or for ( declaration expression? ; expression? ) statement (C17 6.8.5.3).
/// At most one of <see cref="InitDeclaration"/> and <see cref="InitExpression"/> is set.
/// </summary>
public sealed record ForStatementSyntax(
    SourceLocation Location,
    DeclarationSyntax? InitDeclaration,
    ExpressionSyntax? InitExpression,
    ExpressionSyntax? Condition,
    ExpressionSyntax? Step,
    StatementSyntax Body) : StatementSyntax(Location);

public sealed record GotoStatementSyntax(SourceLocation Location, string Label, SourceLocation LabelLocation) : StatementSyntax(Location);

/// <summary>GNU computed goto <c>goto *expression;</c>.</summary>
public sealed record ComputedGotoStatementSyntax(SourceLocation Location, ExpressionSyntax Target) : StatementSyntax(Location);

public sealed record ContinueStatementSyntax(SourceLocation Location) : StatementSyntax(Location);

public sealed record BreakStatementSyntax(SourceLocation Location) : StatementSyntax(Location);

public sealed record ReturnStatementSyntax(SourceLocation Location, ExpressionSyntax? Expression) : StatementSyntax(Location);

/// <summary>identifier : attributes? statement (C17 6.8.1). A label at the end of a block (C2x, GNU) labels a null statement.</summary>
public sealed record LabeledStatementSyntax(SourceLocation Location, string Label, IReadOnlyList<AttributeSyntax> Attributes, StatementSyntax Statement) : StatementSyntax(Location);

/// <summary>case constant-expression : statement, with GNU range <c>case a ... b:</c> when <see cref="RangeEnd"/> is set.</summary>
public sealed record CaseStatementSyntax(SourceLocation Location, ExpressionSyntax Value, ExpressionSyntax? RangeEnd, StatementSyntax Statement) : StatementSyntax(Location);

public sealed record DefaultStatementSyntax(SourceLocation Location, StatementSyntax Statement) : StatementSyntax(Location);

/// <summary>GNU inline assembly statement; parsed (template kept, operands skipped) so semantic analysis can reject it cleanly.</summary>
public sealed record AsmStatementSyntax(SourceLocation Location, StringLiteralExpressionSyntax? Template) : StatementSyntax(Location);
