using System.Collections.Immutable;
using Altitude.Text;
using Altitude.Types;

namespace Altitude.Front.Semantics;

/// <summary>
/// A fully resolved initializer (C17 6.7.9) aligned with the type it initializes: braces elided or
/// not in the source, every value is placed at its array index / member. Members and elements
/// not mentioned are zero-initialised (C17 6.7.9p10, p21).
/// </summary>
public abstract record BoundInitializer(SourceLocation Location, CType Type) : BoundNode(Location);

/// <summary>A scalar, struct or union initialised from one expression, converted as if by assignment to <see cref="BoundInitializer.Type"/>.</summary>
public sealed record BoundExpressionInitializer(SourceLocation Location, CType Type, BoundExpression Value) : BoundInitializer(Location, Type);

/// <summary>
/// A character array initialised from a string literal (C17 6.7.9p14): the first
/// min(array length, literal length) elements come from <see cref="Literal"/>; the rest are zero.
/// </summary>
public sealed record BoundStringInitializer(SourceLocation Location, CType Type, StringLiteralSymbol Literal) : BoundInitializer(Location, Type);

/// <summary>One entry of an aggregate initializer: an array element range [Index, Index+Count) or a member.</summary>
public sealed record BoundInitializerEntry(long Index, long Count, Field? Member, BoundInitializer Value);

/// <summary>
/// An array, struct or union initialised element by element. Entries are sorted by index (array)
/// or member order (struct), without duplicates (a later designator overrides an earlier one,
/// C17 6.7.9p19); a union has at most one entry. Array entries with Count &gt; 1 come from GNU ranges.
/// GNU extension: in a static object, the entry for a flexible array member has an array type with
/// the length its initializer gives, so the object is larger than sizeof its struct type.
/// </summary>
public sealed record BoundAggregateInitializer(SourceLocation Location, CType Type, ImmutableArray<BoundInitializerEntry> Entries) : BoundInitializer(Location, Type);
