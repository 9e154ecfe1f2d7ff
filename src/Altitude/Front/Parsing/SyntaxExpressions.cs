using Altitude.Front.Lexing;
using Altitude.Text;

namespace Altitude.Front.Parsing;

/// <summary>expression (C17 6.5). Location is the operator token for operators, else the first token.</summary>
public abstract record ExpressionSyntax(SourceLocation Location) : SyntaxNode(Location);

/// <summary>Stands in for an expression that failed to parse; a diagnostic was reported. Semantic analysis skips it silently.</summary>
public sealed record ErrorExpressionSyntax(SourceLocation Location) : ExpressionSyntax(Location);

/// <summary>An identifier used as a primary expression (C17 6.5.1).</summary>
public sealed record IdentifierExpressionSyntax(SourceLocation Location, string Name) : ExpressionSyntax(Location);

/// <summary>Which kind of constant token a <see cref="ConstantExpressionSyntax"/> holds.</summary>
public enum ConstantKind
{
    /// <summary>A pp-number without '.', exponent or hex-float 'p' (decode with <c>Literals.DecodeInteger</c>).</summary>
    Integer,
    /// <summary>A pp-number with '.', a decimal exponent or a hex 'p' exponent (decode with <c>Literals.DecodeFloating</c>).</summary>
    Floating,
    /// <summary>A character constant with its prefix (decode with <c>Literals.DecodeCharacter</c>).</summary>
    Character,
}

/// <summary>
/// constant (C17 6.4.4) kept as its exact spelling; semantic analysis decodes it with
/// <c>Literals</c> and reports malformed ones (the parser only classifies).
/// </summary>
public sealed record ConstantExpressionSyntax(SourceLocation Location, ConstantKind Kind, string Spelling) : ExpressionSyntax(Location);

/// <summary>
/// string-literal sequence (C17 6.4.5): adjacent literals kept as their tokens so semantic analysis
/// can check prefixes and concatenate (see <c>Literals.DecodeStringSequence</c>).
/// </summary>
public sealed record StringLiteralExpressionSyntax(SourceLocation Location, IReadOnlyList<Token> Parts) : ExpressionSyntax(Location);

public enum UnaryOperator
{
    /// <summary>+e</summary>
    Plus,
    /// <summary>-e</summary>
    Minus,
    /// <summary>!e</summary>
    LogicalNot,
    /// <summary>~e</summary>
    BitwiseNot,
    /// <summary>*e</summary>
    Dereference,
    /// <summary>&amp;e</summary>
    AddressOf,
    PreIncrement,
    PreDecrement,
    PostIncrement,
    PostDecrement,
    /// <summary>GNU __real__ e</summary>
    Real,
    /// <summary>GNU __imag__ e</summary>
    Imag,
}

/// <summary>Unary and postfix ++/-- operators (C17 6.5.3, 6.5.2.4).</summary>
public sealed record UnaryExpressionSyntax(SourceLocation Location, UnaryOperator Operator, ExpressionSyntax Operand) : ExpressionSyntax(Location);

public enum BinaryOperator
{
    Multiply, Divide, Remainder,
    Add, Subtract,
    ShiftLeft, ShiftRight,
    Less, Greater, LessEqual, GreaterEqual,
    Equal, NotEqual,
    BitwiseAnd, BitwiseXor, BitwiseOr,
    LogicalAnd, LogicalOr,
    /// <summary>The comma operator (C17 6.5.17).</summary>
    Comma,
}

/// <summary>Binary operators C17 6.5.5–6.5.14 and the comma operator.</summary>
public sealed record BinaryExpressionSyntax(SourceLocation Location, BinaryOperator Operator, ExpressionSyntax Left, ExpressionSyntax Right) : ExpressionSyntax(Location);

public enum AssignmentOperator
{
    Assign,
    MultiplyAssign, DivideAssign, RemainderAssign, AddAssign, SubtractAssign,
    ShiftLeftAssign, ShiftRightAssign, BitwiseAndAssign, BitwiseXorAssign, BitwiseOrAssign,
}

/// <summary>assignment-expression (C17 6.5.16).</summary>
public sealed record AssignmentExpressionSyntax(SourceLocation Location, AssignmentOperator Operator, ExpressionSyntax Left, ExpressionSyntax Right) : ExpressionSyntax(Location);

/// <summary>conditional-expression (C17 6.5.15). <see cref="WhenTrue"/> is null for GNU <c>a ?: b</c>.</summary>
public sealed record ConditionalExpressionSyntax(SourceLocation Location, ExpressionSyntax Condition, ExpressionSyntax? WhenTrue, ExpressionSyntax WhenFalse) : ExpressionSyntax(Location);

/// <summary>cast-expression: ( type-name ) cast-expression (C17 6.5.4).</summary>
public sealed record CastExpressionSyntax(SourceLocation Location, TypeNameSyntax Type, ExpressionSyntax Operand) : ExpressionSyntax(Location);

/// <summary><c>sizeof unary-expression</c> or <c>sizeof ( type-name )</c> (C17 6.5.3.4); exactly one of Operand/Type is set.</summary>
public sealed record SizeofExpressionSyntax(SourceLocation Location, ExpressionSyntax? Operand, TypeNameSyntax? Type) : ExpressionSyntax(Location);

/// <summary><c>_Alignof ( type-name )</c> (C17 6.5.3.4) or GNU <c>__alignof__ unary-expression</c>; exactly one of Operand/Type is set.</summary>
public sealed record AlignofExpressionSyntax(SourceLocation Location, ExpressionSyntax? Operand, TypeNameSyntax? Type) : ExpressionSyntax(Location);

/// <summary>Function call (C17 6.5.2.2). Location is the '(' token.</summary>
public sealed record CallExpressionSyntax(SourceLocation Location, ExpressionSyntax Callee, IReadOnlyList<ExpressionSyntax> Arguments) : ExpressionSyntax(Location);

/// <summary><c>e.member</c> or <c>e-&gt;member</c> (C17 6.5.2.3). Location is the '.' or '-&gt;' token.</summary>
public sealed record MemberAccessExpressionSyntax(SourceLocation Location, ExpressionSyntax Operand, string Member, SourceLocation MemberLocation, bool IsArrow) : ExpressionSyntax(Location);

/// <summary><c>e[i]</c> (C17 6.5.2.1). Location is the '[' token.</summary>
public sealed record IndexExpressionSyntax(SourceLocation Location, ExpressionSyntax Operand, ExpressionSyntax Index) : ExpressionSyntax(Location);

/// <summary>Compound literal <c>( type-name ) { initializer-list }</c> (C17 6.5.2.5).</summary>
public sealed record CompoundLiteralExpressionSyntax(SourceLocation Location, TypeNameSyntax Type, InitializerListSyntax Initializer) : ExpressionSyntax(Location);

/// <summary>generic-selection (C17 6.5.1.1).</summary>
public sealed record GenericSelectionExpressionSyntax(SourceLocation Location, ExpressionSyntax Controlling, IReadOnlyList<GenericAssociationSyntax> Associations) : ExpressionSyntax(Location);

/// <summary>generic-association: type-name : e, or default : e (<see cref="Type"/> null).</summary>
public sealed record GenericAssociationSyntax(SourceLocation Location, TypeNameSyntax? Type, ExpressionSyntax Expression) : SyntaxNode(Location);

/// <summary>GNU statement expression <c>({ ... })</c>; its value is that of the last expression statement.</summary>
public sealed record StatementExpressionSyntax(SourceLocation Location, CompoundStatementSyntax Body) : ExpressionSyntax(Location);

/// <summary><c>__builtin_va_arg(ap, type)</c>.</summary>
public sealed record VaArgExpressionSyntax(SourceLocation Location, ExpressionSyntax List, TypeNameSyntax Type) : ExpressionSyntax(Location);

/// <summary>
/// <c>__builtin_offsetof(type, member-designator)</c>. The path starts with a
/// <see cref="MemberDesignatorSyntax"/> and continues with member (.m) and index ([e]) designators.
/// </summary>
public sealed record OffsetofExpressionSyntax(SourceLocation Location, TypeNameSyntax Type, IReadOnlyList<DesignatorSyntax> Path) : ExpressionSyntax(Location);

/// <summary><c>__builtin_types_compatible_p(type, type)</c>.</summary>
public sealed record TypesCompatibleExpressionSyntax(SourceLocation Location, TypeNameSyntax First, TypeNameSyntax Second) : ExpressionSyntax(Location);

/// <summary>GNU label address <c>&amp;&amp;label</c>.</summary>
public sealed record LabelAddressExpressionSyntax(SourceLocation Location, string Label) : ExpressionSyntax(Location);
