using Altitude.Text;

namespace Altitude.Front.Parsing;

/// <summary>initializer (C17 6.7.9).</summary>
public abstract record InitializerSyntax(SourceLocation Location) : SyntaxNode(Location);

/// <summary>initializer: assignment-expression.</summary>
public sealed record ExpressionInitializerSyntax(SourceLocation Location, ExpressionSyntax Expression) : InitializerSyntax(Location);

/// <summary>initializer: { initializer-list ,? } (an empty list <c>{}</c> is accepted as in GNU C / C2x).</summary>
public sealed record InitializerListSyntax(SourceLocation Location, IReadOnlyList<InitializerElementSyntax> Elements) : InitializerSyntax(Location);

/// <summary>designation? initializer. GNU old-style <c>x: value</c> becomes a member designator.</summary>
public sealed record InitializerElementSyntax(SourceLocation Location, IReadOnlyList<DesignatorSyntax> Designators, InitializerSyntax Value) : SyntaxNode(Location);

/// <summary>designator (C17 6.7.9): <c>.member</c> or <c>[index]</c>, GNU <c>[first ... last]</c>.</summary>
public abstract record DesignatorSyntax(SourceLocation Location) : SyntaxNode(Location);

public sealed record MemberDesignatorSyntax(SourceLocation Location, string Name) : DesignatorSyntax(Location);

/// <summary><c>[Index]</c>, or the GNU range <c>[Index ... RangeEnd]</c> when <see cref="RangeEnd"/> is set.</summary>
public sealed record IndexDesignatorSyntax(SourceLocation Location, ExpressionSyntax Index, ExpressionSyntax? RangeEnd) : DesignatorSyntax(Location);
