using System.Collections.Immutable;
using Altitude.Text;
using Altitude.Types;

namespace Altitude.Front.Semantics;

/// <summary>statement (C17 6.8), resolved.</summary>
public abstract record BoundStatement(SourceLocation Location) : BoundNode(Location);

/// <summary>A compound statement; its block scope's automatic objects are declared by <see cref="BoundLocalDeclaration"/> items.</summary>
public sealed record BoundBlock(SourceLocation Location, ImmutableArray<BoundStatement> Statements) : BoundStatement(Location);

/// <summary>An expression evaluated for its side effects.</summary>
public sealed record BoundExpressionStatement(SourceLocation Location, BoundExpression Expression) : BoundStatement(Location);

/// <summary>
/// The point where an automatic object comes into existence: its lifetime starts at block entry
/// but VLA sizes are evaluated and the initializer (if any) runs here (C17 6.2.4p6-7, 6.8p3).
/// <see cref="VlaSizes"/> are the size expressions of the variably modified type, outermost first, to evaluate here.
/// </summary>
public sealed record BoundLocalDeclaration(SourceLocation Location, Symbol Symbol, BoundInitializer? Initializer, ImmutableArray<BoundExpression> VlaSizes) : BoundStatement(Location);

/// <summary>A typedef (or other declaration) of a variably modified type in a block: its size expressions are evaluated here.</summary>
public sealed record BoundVlaTypeDeclaration(SourceLocation Location, CType Type, ImmutableArray<BoundExpression> VlaSizes) : BoundStatement(Location);

public sealed record BoundNullStatement(SourceLocation Location) : BoundStatement(Location);

/// <summary>if: Condition is a scalar (not converted; compare with 0).</summary>
public sealed record BoundIf(SourceLocation Location, BoundExpression Condition, BoundStatement Then, BoundStatement? Else) : BoundStatement(Location);

public sealed record BoundWhile(SourceLocation Location, BoundExpression Condition, BoundStatement Body) : BoundStatement(Location);

public sealed record BoundDoWhile(SourceLocation Location, BoundStatement Body, BoundExpression Condition) : BoundStatement(Location);

/// <summary>for: Initializer is a declaration block or expression statement (or null); Condition null means "forever". The for statement is its own block scope.</summary>
public sealed record BoundFor(SourceLocation Location, BoundStatement? Initializer, BoundExpression? Condition, BoundExpression? Step, BoundStatement Body) : BoundStatement(Location);

/// <summary>One case label of a switch: value converted to the promoted controlling type; High set for a GNU case range.</summary>
public sealed class SwitchCase(int id, Int128 low, Int128 high, SourceLocation location)
{
    public int Id { get; } = id;
    public Int128 Low { get; } = low;
    public Int128 High { get; } = high;
    public SourceLocation Location { get; } = location;
    public bool IsRange => Low != High;
}

/// <summary>switch: Expression is the promoted controlling expression; Cases are all case labels of this switch (not nested ones) in source order; HasDefault when a default label exists.</summary>
public sealed record BoundSwitch(SourceLocation Location, BoundExpression Expression, BoundStatement Body, ImmutableArray<SwitchCase> Cases, bool HasDefault) : BoundStatement(Location);

/// <summary>A case label (one of its switch's <see cref="BoundSwitch.Cases"/>) and the statement it labels.</summary>
public sealed record BoundCaseLabel(SourceLocation Location, SwitchCase Case, BoundStatement Statement) : BoundStatement(Location);

public sealed record BoundDefaultLabel(SourceLocation Location, BoundStatement Statement) : BoundStatement(Location);

public sealed record BoundLabeled(SourceLocation Location, LabelSymbol Label, BoundStatement Statement) : BoundStatement(Location);

public sealed record BoundGoto(SourceLocation Location, LabelSymbol Label) : BoundStatement(Location);

/// <summary>GNU <c>goto *expr</c>; Target is a <c>void *</c>.</summary>
public sealed record BoundComputedGoto(SourceLocation Location, BoundExpression Target) : BoundStatement(Location);

public sealed record BoundBreak(SourceLocation Location) : BoundStatement(Location);

public sealed record BoundContinue(SourceLocation Location) : BoundStatement(Location);

/// <summary>return; Expression converted as if by assignment to the function's return type (null for <c>return;</c>).</summary>
public sealed record BoundReturn(SourceLocation Location, BoundExpression? Expression) : BoundStatement(Location);
