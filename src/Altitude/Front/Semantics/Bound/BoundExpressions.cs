using System.Collections.Immutable;
using Altitude.Text;
using Altitude.Types;

namespace Altitude.Front.Semantics;

/// <summary>C17 6.3.2.1: lvalue (designates an object), function designator, or plain value.</summary>
public enum ValueCategory
{
    RValue,
    LValue,
    FunctionDesignator,
}

/// <summary>
/// A compile-time value: an integer (any integer type, as a mathematically exact Int128 already
/// truncated to its type), a floating value, or an address constant (symbol or string literal
/// plus a byte offset). The value's C type is the expression's type.
/// </summary>
public readonly record struct ConstantValue
{
    public ConstantKindValue Kind { get; init; }
    public Int128 Integer { get; init; }
    public double Float { get; init; }
    /// <summary>For addresses: a <see cref="Symbol"/>, <see cref="StringLiteralSymbol"/> or <see cref="LabelSymbol"/>; null for a null/absolute address.</summary>
    public object? Base { get; init; }

    public static ConstantValue OfInteger(Int128 v) => new() { Kind = ConstantKindValue.Integer, Integer = v };
    public static ConstantValue OfFloat(double v) => new() { Kind = ConstantKindValue.Float, Float = v };
    public static ConstantValue OfAddress(object? baseObject, Int128 offset) => new() { Kind = ConstantKindValue.Address, Base = baseObject, Integer = offset };

    public bool IsInteger => Kind == ConstantKindValue.Integer;
    public bool IsFloat => Kind == ConstantKindValue.Float;
    public bool IsAddress => Kind == ConstantKindValue.Address;
    public bool IsZero => Kind == ConstantKindValue.Integer ? Integer == 0 : Kind == ConstantKindValue.Float ? Float == 0 : Base is null && Integer == 0;

    public override string ToString() => Kind switch
    {
        ConstantKindValue.Integer => Integer.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ConstantKindValue.Float => Float.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        _ => $"&{Base}+{Integer}",
    };
}

public enum ConstantKindValue
{
    Integer,
    Float,
    Address,
}

/// <summary>
/// An expression: its C type (unqualified for rvalues), value category, and — when it is a
/// constant expression — its value. <see cref="IsIntegerConstant"/> says whether it qualifies as an
/// integer constant expression (C17 6.6p6); <see cref="Constant"/> may also be set for arithmetic
/// and address constants usable in static initializers (C17 6.6p7-9).
/// </summary>
public abstract record BoundExpression(SourceLocation Location, CType Type) : BoundNode(Location)
{
    public ValueCategory Category { get; init; } = ValueCategory.RValue;
    public ConstantValue? Constant { get; init; }
    public bool IsIntegerConstant { get; init; }

    public bool IsLValue => Category == ValueCategory.LValue;
}

/// <summary>Placeholder for an expression that had an error (already reported). Its type is int.</summary>
public sealed record BoundErrorExpression(SourceLocation Location) : BoundExpression(Location, BasicType.Int);

/// <summary>An integer, floating or character constant (C17 6.4.4) with its decoded value; <see cref="Spelling"/> as written.</summary>
public sealed record BoundLiteral(SourceLocation Location, CType Type, ConstantValue Value, string Spelling) : BoundExpression(Location, Type);

/// <summary>A string literal: an lvalue array of <see cref="BoundExpression.Type"/> designating <see cref="Literal"/>.</summary>
public sealed record BoundStringLiteral(SourceLocation Location, CType Type, StringLiteralSymbol Literal) : BoundExpression(Location, Type);

/// <summary>An identifier resolved to its symbol: an lvalue for objects, a function designator for functions, a constant for enumerators.</summary>
public sealed record BoundSymbolReference(SourceLocation Location, CType Type, Symbol Symbol) : BoundExpression(Location, Type);

/// <summary>
/// Implicit or explicit conversion of <see cref="Operand"/> to <see cref="BoundExpression.Type"/>.
/// Every conversion C performs is explicit in the bound tree: lvalue conversion, decays,
/// promotions, usual arithmetic conversions, conversion as if by assignment, casts.
/// </summary>
public sealed record BoundConversion(SourceLocation Location, CType Type, BoundExpression Operand, ConversionKind Kind, bool IsExplicit) : BoundExpression(Location, Type);

public enum ConversionKind
{
    /// <summary>Reads the value of an lvalue (C17 6.3.2.1p2); type is the unqualified type.</summary>
    LvalueToRvalue,
    /// <summary>Array lvalue to pointer to its first element (C17 6.3.2.1p3).</summary>
    ArrayToPointer,
    /// <summary>Function designator to pointer to function (C17 6.3.2.1p4).</summary>
    FunctionToPointer,
    /// <summary>Same representation: qualifier changes, same type, enum↔underlying, struct to same struct.</summary>
    NoOp,
    IntegerToInteger,
    IntegerToFloat,
    FloatToInteger,
    FloatToFloat,
    /// <summary>Scalar to _Bool (C17 6.3.1.2): compare with 0.</summary>
    ToBool,
    PointerToBool,
    IntegerToPointer,
    PointerToInteger,
    PointerToPointer,
    /// <summary>A null pointer constant to a pointer type (C17 6.3.2.3p3).</summary>
    NullToPointer,
    /// <summary>Cast to void: value discarded.</summary>
    ToVoid,
}

public enum BoundUnaryOperator
{
    /// <summary>Unary + (operand promoted).</summary>
    Plus,
    Negate,
    BitwiseNot,
    /// <summary>! : result int 0/1; operand any scalar.</summary>
    LogicalNot,
}

/// <summary>Arithmetic unary operators; the operand is already converted (promoted) to the result type, except for ! whose operand is a scalar and result int.</summary>
public sealed record BoundUnary(SourceLocation Location, CType Type, BoundUnaryOperator Operator, BoundExpression Operand) : BoundExpression(Location, Type);

/// <summary><c>&amp;operand</c>: operand is an lvalue or function designator (not converted).</summary>
public sealed record BoundAddressOf(SourceLocation Location, CType Type, BoundExpression Operand) : BoundExpression(Location, Type);

/// <summary><c>*operand</c>: operand is a pointer rvalue; result lvalue (or function designator).</summary>
public sealed record BoundDereference(SourceLocation Location, CType Type, BoundExpression Operand) : BoundExpression(Location, Type);

/// <summary>
/// Member access, kept symbolic. <see cref="Operand"/> is an expression of struct/union type (for
/// <c>p-&gt;m</c> it is a <see cref="BoundDereference"/> of p). Access through anonymous members is a
/// chain of these. Lvalue when the operand is.
/// </summary>
public sealed record BoundMemberAccess(SourceLocation Location, CType Type, BoundExpression Operand, RecordType Record, Field Member) : BoundExpression(Location, Type);

/// <summary>
/// Array subscript, kept symbolic: <see cref="Pointer"/> is the pointer operand (after decay; either
/// syntactic side of <c>E1[E2]</c>), <see cref="Index"/> the integer operand (promoted). An lvalue of the element type.
/// </summary>
public sealed record BoundIndex(SourceLocation Location, CType Type, BoundExpression Pointer, BoundExpression Index) : BoundExpression(Location, Type);

public enum IncrementKind
{
    PreIncrement,
    PreDecrement,
    PostIncrement,
    PostDecrement,
}

/// <summary>++/-- on a modifiable scalar lvalue; type is the operand's unqualified type. For pointers the step is one element.</summary>
public sealed record BoundIncrement(SourceLocation Location, CType Type, IncrementKind Kind, BoundExpression Operand) : BoundExpression(Location, Type);

public enum BoundBinaryOperator
{
    Multiply, Divide, Remainder, Add, Subtract,
    ShiftLeft, ShiftRight,
    BitwiseAnd, BitwiseXor, BitwiseOr,
    /// <summary>Comparisons: operands converted to a common type; result int.</summary>
    Less, Greater, LessEqual, GreaterEqual, Equal, NotEqual,
    /// <summary>&amp;&amp; and ||: operands scalars (not converted); result int.</summary>
    LogicalAnd, LogicalOr,
    /// <summary>pointer + integer (Left pointer, Right integer; either source order).</summary>
    PointerAdd,
    /// <summary>pointer - integer.</summary>
    PointerSubtract,
    /// <summary>pointer - pointer; result ptrdiff_t (long), in elements.</summary>
    PointerDifference,
}

/// <summary>
/// Binary operators. For arithmetic operators both operands are already converted to the
/// result type (usual arithmetic conversions); for shifts each operand is promoted separately
/// and the type is the promoted left operand's.
/// </summary>
public sealed record BoundBinary(SourceLocation Location, CType Type, BoundBinaryOperator Operator, BoundExpression Left, BoundExpression Right) : BoundExpression(Location, Type);

/// <summary>Simple assignment: <see cref="Right"/> converted to the unqualified type of <see cref="Left"/>, a modifiable lvalue. Type is Left's unqualified type.</summary>
public sealed record BoundAssignment(SourceLocation Location, CType Type, BoundExpression Left, BoundExpression Right) : BoundExpression(Location, Type);

/// <summary>
/// Compound assignment <c>Left op= Right</c>: the value of Left is converted to
/// <see cref="OperationType"/>, combined with Right (already converted to OperationType, or
/// promoted integer for shifts and pointer arithmetic), and converted back to Left's type.
/// For pointer += n the operator is PointerAdd and OperationType the pointer type.
/// </summary>
public sealed record BoundCompoundAssignment(SourceLocation Location, CType Type, BoundBinaryOperator Operator, BoundExpression Left, BoundExpression Right, CType OperationType) : BoundExpression(Location, Type);

/// <summary><c>c ? a : b</c>: both arms converted to the result type (void when both are void). Condition is a scalar. WhenTrue null for GNU <c>c ?: b</c> (then c, converted, is the value).</summary>
public sealed record BoundConditional(SourceLocation Location, CType Type, BoundExpression Condition, BoundExpression? WhenTrue, BoundExpression WhenFalse) : BoundExpression(Location, Type);

/// <summary>The comma operator.</summary>
public sealed record BoundComma(SourceLocation Location, CType Type, BoundExpression Left, BoundExpression Right) : BoundExpression(Location, Type);

/// <summary>
/// A call: <see cref="Callee"/> is a pointer to function (after decay). Arguments are converted as
/// if by assignment to prototype parameters, and by the default argument promotions for the
/// variadic part or an unprototyped callee.
/// </summary>
public sealed record BoundCall(SourceLocation Location, CType Type, BoundExpression Callee, ImmutableArray<BoundExpression> Arguments, FunctionType FunctionType) : BoundExpression(Location, Type);

/// <summary>
/// sizeof, kept symbolic in terms of <see cref="OfType"/>. <see cref="BoundExpression.Constant"/> has
/// the byte count unless the type is variably modified; then <see cref="Operand"/> (for
/// <c>sizeof expr</c>) is evaluated and the size is computed at run time from the VLA sizes.
/// </summary>
public sealed record BoundSizeOf(SourceLocation Location, CType Type, CType OfType, BoundExpression? Operand) : BoundExpression(Location, Type);

/// <summary>_Alignof / __alignof__ of <see cref="OfType"/> (always a constant).</summary>
public sealed record BoundAlignOf(SourceLocation Location, CType Type, CType OfType) : BoundExpression(Location, Type);

/// <summary>One step of an offsetof path: a member, or an array index.</summary>
public sealed record OffsetofStep(Field? Member, BoundExpression? Index, CType ContainerType);

/// <summary><c>__builtin_offsetof(type, path)</c>, kept symbolic; Constant holds the byte offset when every index is constant.</summary>
public sealed record BoundOffsetOf(SourceLocation Location, CType Type, CType OfType, ImmutableArray<OffsetofStep> Path) : BoundExpression(Location, Type);

/// <summary>A compound literal: an lvalue designating the unnamed object <see cref="Object"/> (a symbol of kind CompoundLiteral whose Initializer is set for static ones; <see cref="Initializer"/> always).</summary>
public sealed record BoundCompoundLiteral(SourceLocation Location, CType Type, Symbol Object, BoundInitializer Initializer) : BoundExpression(Location, Type);

/// <summary>GNU statement expression: value of the last expression statement of the block (<see cref="Result"/>, void if none), block-scoped.</summary>
public sealed record BoundStatementExpression(SourceLocation Location, CType Type, BoundBlock Body, BoundExpression? Result) : BoundExpression(Location, Type);

/// <summary><c>__builtin_va_arg(list, type)</c>.</summary>
public sealed record BoundVaArg(SourceLocation Location, CType Type, BoundExpression List) : BoundExpression(Location, Type);

/// <summary>GNU <c>&amp;&amp;label</c>: a <c>void *</c>.</summary>
public sealed record BoundLabelAddress(SourceLocation Location, CType Type, LabelSymbol Label) : BoundExpression(Location, Type);

/// <summary>The builtins analysed specially (others are calls to implicitly declared functions).</summary>
public enum BuiltinKind
{
    VaStart,
    VaEnd,
    VaCopy,
    /// <summary>__builtin_expect(e, c): value of e (c evaluated too).</summary>
    Expect,
    Unreachable,
    Trap,
    /// <summary>__builtin_constant_p: folded to 0/1 (Constant set); operand not evaluated.</summary>
    ConstantP,
    /// <summary>__builtin_types_compatible_p: folded (Constant set).</summary>
    TypesCompatibleP,
    /// <summary>__builtin_choose_expr(c, a, b): folded to the chosen arm.</summary>
    ChooseExpr,
    /// <summary>__builtin_alloca(n).</summary>
    Alloca,
    /// <summary>__builtin_frame_address / __builtin_return_address.</summary>
    FrameAddress,
    /// <summary>
    /// GNU <c>__atomic_*</c> / <c>__sync_*</c> builtins (named by <see cref="BoundBuiltinCall.Name"/>): the first argument is the
    /// object pointer; arguments are values (memory orders included). Altitude runs one thread, so they are plain accesses.
    /// </summary>
    Atomic,
}

/// <summary>A builtin that is not an ordinary function call (va_start/va_end/va_copy take va_list lvalues).</summary>
public sealed record BoundBuiltinCall(SourceLocation Location, CType Type, BuiltinKind Builtin, ImmutableArray<BoundExpression> Arguments) : BoundExpression(Location, Type)
{
    /// <summary>The builtin's name as written (e.g. <c>__atomic_load_n</c>).</summary>
    public string Name { get; init; } = "";
}
