using System.Runtime.CompilerServices;
using Altitude.Text;
using Altitude.Types;

namespace Altitude.Front.Semantics;

internal sealed partial class Binder
{
    /// <summary>
    /// C17 6.3.2.1: array-to-pointer and function-to-pointer decay, and lvalue conversion (the value of
    /// the object, unqualified). Everything that uses a value goes through here.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private BoundExpression RValue(BoundExpression e)
    {
        if (e is BoundErrorExpression) return e;
        if (e.Type is ArrayType at)
        {
            // The address of a register array cannot be formed, and decay needs it (C17 6.3.2.1p3; gcc rejects it).
            if (RootSymbol(e) is { IsRegister: true } reg && e is not BoundStringLiteral)
                Report(SemanticErrors.AddressOfRegister, e.Location, reg.Name);
            MarkAddressTaken(e);
            var ptr = new PointerType(at.Element);
            return new BoundConversion(e.Location, ptr, e, ConversionKind.ArrayToPointer, false) { Constant = LvalueAddress(e) };
        }
        if (e.Category == ValueCategory.FunctionDesignator || e.Type.IsFunction)
        {
            var c = e is BoundSymbolReference sr ? ConstantValue.OfAddress(sr.Symbol, 0) : e is BoundDereference d ? d.Operand.Constant : null;
            return new BoundConversion(e.Location, new PointerType(e.Type), e, ConversionKind.FunctionToPointer, false) { Constant = c };
        }
        if (e.Category == ValueCategory.LValue)
        {
            if (e.Type.IsRecord && !e.Type.IsComplete)
            {
                Report(SemanticErrors.IncompleteType, e.Location, e.Type.Unqualified.ToString());
                return new BoundErrorExpression(e.Location);
            }
            // gcc folds reads of const static scalars with constant initializers (usable in static initializers, never an ICE).
            ConstantValue? known = e is BoundSymbolReference { Symbol: { Kind: SymbolKind.Variable, Storage: StorageDuration.Static, Initializer: BoundExpressionInitializer { Value.Constant: { } kc } } } && e.Type.IsConst && !e.Type.IsVolatile && e.Type.IsArithmetic
                ? kc : null;
            var read = new BoundConversion(e.Location, e.Type.Unqualified, e, ConversionKind.LvalueToRvalue, false) { Constant = known };
            // A bit-field narrower than int is promoted by its width, not its declared type (C17 6.3.1.1p2, as gcc).
            if (e is BoundMemberAccess { Member: { BitWidth: { } width } } && read.Type.IsInteger && TypeRules.Rank(read.Type) <= 3)
            {
                var promoted = TypeRules.PromoteBitField(read.Type, width);
                if (promoted.Kind != TypeRules.StripEnum(read.Type).Kind)
                    return new BoundConversion(e.Location, promoted, read, ConversionKind.IntegerToInteger, false);
            }
            return read;
        }
        return e;
    }

    /// <summary>Marks the object an lvalue designates as address-taken (it must live in addressable memory).</summary>
    private static void MarkAddressTaken(BoundExpression e)
    {
        for (int guard = 0; guard < 100000; guard++)
        {
            switch (e)
            {
                case BoundSymbolReference s: s.Symbol.IsAddressTaken = true; return;
                case BoundMemberAccess m: e = m.Operand; break;
                case BoundCompoundLiteral c: c.Object.IsAddressTaken = true; return;
                case BoundIndex { Pointer: BoundConversion { Kind: ConversionKind.ArrayToPointer } conv }: e = conv.Operand; break;
                default: return;
            }
        }
    }

    /// <summary>The address of an lvalue as an address constant (C17 6.6p9), or null when it is not one.</summary>
    private ConstantValue? LvalueAddress(BoundExpression e)
    {
        switch (e)
        {
            case BoundSymbolReference { Symbol: var s }:
                if (s.Kind == SymbolKind.Function || s.Storage == StorageDuration.Static) return ConstantValue.OfAddress(s, 0);
                return null;
            case BoundStringLiteral sl:
                return ConstantValue.OfAddress(sl.Literal, 0);
            case BoundCompoundLiteral cl when cl.Object.Storage == StorageDuration.Static:
                return ConstantValue.OfAddress(cl.Object, 0);
            case BoundMemberAccess m when !m.Member.IsBitField:
            {
                var b = LvalueAddress(m.Operand);
                return b is { IsAddress: true } a ? ConstantValue.OfAddress(a.Base, a.Integer + MemberOffset(m)) : null;
            }
            case BoundIndex ix:
            {
                if (ix.Pointer.Constant is { IsAddress: true } p && ix.Index.Constant is { IsInteger: true } i)
                    return ConstantValue.OfAddress(p.Base, p.Integer + i.Integer * ElementSize(ix.Type));
                return null;
            }
            case BoundDereference d:
                return d.Operand.Constant is { IsAddress: true } ? d.Operand.Constant : null;
            case BoundConversion { Kind: ConversionKind.NoOp } c:
                return LvalueAddress(c.Operand);
        }
        return null;
    }

    private static long MemberOffset(BoundMemberAccess m) => m.Member.Offset;

    /// <summary>The step of pointer arithmetic: sizeof the pointee (1 for void and functions, as gcc).</summary>
    private static long ElementSize(CType pointee) => pointee.IsVoid || pointee.IsFunction ? 1 : Math.Max(0, TypeLayout.SizeOf(pointee));

    /// <summary>C17 6.3.2.3p3: an integer constant expression with value 0, or such an expression cast to void *.</summary>
    private static bool IsNullPointerConstant(BoundExpression e)
    {
        if (e.Type.IsInteger && e.IsIntegerConstant && e.Constant is { IsInteger: true, Integer: var v } && v == 0) return true;
        if (e is BoundConversion { Type: PointerType { Pointee: { Kind: TypeKind.Void, Qualifiers: Types.TypeQualifiers.None } }, Operand: var o } c
            && (c.IsExplicit || c.Kind == ConversionKind.NullToPointer) && o.Type.IsInteger && o.IsIntegerConstant && o.Constant is { IsInteger: true, Integer: var w } && w == 0)
            return true;
        return false;
    }

    /// <summary>Which conversion turns a value of type <paramref name="from"/> into <paramref name="to"/> (C17 6.3).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ConversionKind ClassifyConversion(CType from, CType to)
    {
        if (to.IsVoid) return ConversionKind.ToVoid;
        if (to.IsBool && !from.IsBool) return from.IsPointer ? ConversionKind.PointerToBool : ConversionKind.ToBool;
        if (from.IsInteger && to.IsInteger)
            return TypeRules.StripEnum(from).Kind == TypeRules.StripEnum(to).Kind ? ConversionKind.NoOp : ConversionKind.IntegerToInteger;
        if (from.IsInteger && to.IsFloating) return ConversionKind.IntegerToFloat;
        if (from.IsFloating && to.IsInteger) return ConversionKind.FloatToInteger;
        if (from.IsFloating && to.IsFloating) return from.Kind == to.Kind ? ConversionKind.NoOp : ConversionKind.FloatToFloat;
        if (from.IsPointer && to.IsPointer) return ConversionKind.PointerToPointer;
        if (from.IsInteger && to.IsPointer) return ConversionKind.IntegerToPointer;
        if (from.IsPointer && to.IsInteger) return ConversionKind.PointerToInteger;
        return ConversionKind.NoOp;
    }

    /// <summary>Converts an rvalue to <paramref name="to"/> (unqualified), folding constants. No checks: callers check.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private BoundExpression Convert(BoundExpression e, CType to, bool isExplicit)
    {
        if (e is BoundErrorExpression) return e;
        to = to.Unqualified;
        var from = e.Type;
        if (!isExplicit && ReferenceEquals(from, to)) return e;
        if (!isExplicit && TypeRules.SameType(from.Unqualified, to) && !from.IsRecord) return e;
        var kind = ClassifyConversion(from, to);
        if (kind == ConversionKind.IntegerToPointer && IsNullPointerConstant(e)) kind = ConversionKind.NullToPointer;
        ConstantValue? constant = e.Constant is { } c ? FoldConversion(c, from, to) : null;
        bool ice = to.IsInteger && constant is { IsInteger: true } && (e.IsIntegerConstant || (isExplicit && e.Constant is { IsFloat: true } && IsArithmeticConstantOperand(e)) || (e.Constant is { IsAddress: true, Base: null } && from.IsPointer));
        return new BoundConversion(e.Location, to, e, kind, isExplicit) { Constant = constant, IsIntegerConstant = ice };
    }

    /// <summary>A floating constant operand allowed in an integer constant expression: a floating literal, possibly parenthesised or negated (C17 6.6p6).</summary>
    private static bool IsArithmeticConstantOperand(BoundExpression e) => e switch
    {
        BoundLiteral => true,
        BoundUnary { Operator: BoundUnaryOperator.Negate or BoundUnaryOperator.Plus, Operand: var o } => IsArithmeticConstantOperand(o),
        BoundConversion { Operand: var o } => IsArithmeticConstantOperand(o),
        _ => false,
    };

    /// <summary>Compile-time value of a conversion (C17 6.3.1.3-6.3.1.5); null when the conversion is undefined.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ConstantValue? FoldConversion(ConstantValue v, CType from, CType to)
    {
        if (to.IsVoid) return null;
        if (to.IsBool)
        {
            if (v.IsAddress) return v.Base is not null ? ConstantValue.OfInteger(1) : ConstantValue.OfInteger(v.Integer != 0 ? 1 : 0);
            return ConstantValue.OfInteger(v.IsZero ? 0 : 1);
        }
        if (to.IsInteger)
        {
            if (v.IsInteger) return ConstantValue.OfInteger(TypeRules.Truncate(v.Integer, to));
            if (v.IsFloat)
            {
                double d = Math.Truncate(v.Float);
                if (double.IsNaN(d) || d >= 1.7e38 || d <= -1.7e38) return null;
                var i = (Int128)d;
                return TypeRules.FitsIn(i, to) ? ConstantValue.OfInteger(i) : null;
            }
            if (v.IsAddress)
            {
                if (v.Base is null) return ConstantValue.OfInteger(TypeRules.Truncate(v.Integer, to));
                return TypeLayout.SizeOf(to) >= 8 ? v : null;
            }
        }
        if (to.IsFloating)
        {
            double d = v.IsInteger ? (double)v.Integer : v.IsFloat ? v.Float : double.NaN;
            if (v.IsAddress) return null;
            if (v.IsInteger && from.IsInteger && !TypeRules.IsSigned(from) && v.Integer < 0) d = (double)(UInt128)v.Integer;
            return ConstantValue.OfFloat(to.Kind == TypeKind.Float ? (float)d : d);
        }
        if (to.IsPointer)
        {
            if (v.IsAddress) return v;
            if (v.IsInteger) return ConstantValue.OfAddress(null, TypeRules.Truncate(v.Integer, BasicType.ULong));
        }
        if (to.IsRecord) return null;
        return null;
    }

    /// <summary>Wording of the context of a conversion as if by assignment, for gcc-like messages.</summary>
    internal readonly record struct AssignContext(string Kind, string? FunctionName = null, int Argument = 0)
    {
        public static readonly AssignContext Assignment = new("assignment");
        public static readonly AssignContext Initialization = new("initialization");
        public static readonly AssignContext Return = new("return");

        public string Noun => Kind == "argument" ? $"passing argument {Argument} of '{FunctionName}'" : Kind;

        public string WithTypes(CType to) => Kind switch
        {
            "assignment" => $"assignment to '{to}'",
            "initialization" => $"initialization of '{to}'",
            "return" => "returning",
            _ => Noun,
        };

        public string Verb => Kind switch
        {
            "assignment" => "assigning to",
            "initialization" => "initializing",
            "return" => "returning",
            _ => $"passing argument {Argument} of '{FunctionName}' as",
        };
    }

    /// <summary>Simple assignment constraints and conversion (C17 6.5.16.1), also used for initialization, arguments and return.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private BoundExpression ConvertForAssignment(BoundExpression value, CType target, AssignContext context, SourceLocation location)
    {
        if (value is BoundErrorExpression) return value;
        var to = target.Unqualified;
        var from = value.Type;
        if (from.IsVoid)
        {
            Report(SemanticErrors.VoidValueUsed, location);
            return new BoundErrorExpression(location);
        }
        if (to.IsArithmetic && from.IsArithmetic) return Convert(value, to, false);
        if (to.IsRecord)
        {
            if (TypeRules.AreCompatible(to, from.Unqualified)) return value;
            Report(SemanticErrors.IncompatibleTypes, location, context.Verb, to.ToString(), from.ToString());
            return new BoundErrorExpression(location);
        }
        if (to.IsBool && from.IsPointer) return Convert(value, to, false);
        if (to is PointerType tp)
        {
            if (IsNullPointerConstant(value)) return Convert(value, to, false);
            if (from is PointerType fp)
            {
                var tq = tp.Pointee.Qualifiers;
                var fq = fp.Pointee.Qualifiers;
                bool compatible = TypeRules.AreCompatible(tp.Pointee.Unqualified, fp.Pointee.Unqualified)
                    || (tp.Pointee.IsVoid && !fp.Pointee.IsFunction) || (fp.Pointee.IsVoid && !tp.Pointee.IsFunction)
                    || (tp.Pointee.IsVoid || fp.Pointee.IsVoid); // gcc accepts void * <-> function pointer without a default warning
                // Pointers to integer types that differ only in signedness: gcc warns only with -Wpointer-sign.
                bool signOnly = !compatible && tp.Pointee.IsInteger && fp.Pointee.IsInteger
                    && TypeLayout.SizeOf(tp.Pointee) == TypeLayout.SizeOf(fp.Pointee) && !tp.Pointee.IsBool && !fp.Pointee.IsBool;
                if (signOnly) compatible = true;
                if (!compatible)
                {
                    Report(SemanticErrors.IncompatiblePointerTypes, location, context.WithTypes(to), from.ToString());
                }
                else if ((fq & ~tq) != 0)
                {
                    Report(SemanticErrors.DiscardedQualifiers, location, context.Noun, QualifierName(fq & ~tq));
                }
                return Convert(value, to, false);
            }
            if (from.IsInteger)
            {
                Report(SemanticErrors.IntConversion, location, context.Kind == "return" ? "returning '" + from + "' from a function with return type '" + to + "'" : context.WithTypes(to) + $" from '{from}'", "pointer", "integer");
                return Convert(value, to, false);
            }
        }
        if (to.IsInteger && from.IsPointer)
        {
            Report(SemanticErrors.IntConversion, location, context.Kind == "return" ? "returning '" + from + "' from a function with return type '" + to + "'" : context.WithTypes(to) + $" from '{from}'", "integer", "pointer");
            return Convert(value, to, false);
        }
        Report(SemanticErrors.IncompatibleTypes, location, context.Verb, to.ToString(), from.ToString());
        return new BoundErrorExpression(location);
    }

    private static string QualifierName(Types.TypeQualifiers q) =>
        (q & Types.TypeQualifiers.Const) != 0 ? "const" : (q & Types.TypeQualifiers.Volatile) != 0 ? "volatile" : (q & Types.TypeQualifiers.Restrict) != 0 ? "restrict" : "_Atomic";

    /// <summary>Requires an integer constant expression (C17 6.6p6) and returns its value, or reports SEM018.</summary>
    private Int128? RequireIntegerConstant(BoundExpression e, SourceLocation location, string what)
    {
        if (e is BoundErrorExpression) return null;
        if (e.Type.IsInteger && e.IsIntegerConstant && e.Constant is { IsInteger: true } c) return c.Integer;
        if (e.Category == ValueCategory.LValue && e.Type.IsInteger)
        {
            var r = RValue(e);
            if (r.IsIntegerConstant && r.Constant is { IsInteger: true } rc) return rc.Integer;
        }
        Report(SemanticErrors.NotIntegerConstant, location, what);
        return null;
    }
}
