using System.Collections.Immutable;

namespace Altitude.Types;

/// <summary>C17's rules over types: rank, promotions, usual arithmetic conversions, compatibility, composite types.</summary>
public static class TypeRules
{
    public static readonly CType SizeT = BasicType.ULong;
    public static readonly CType PtrDiffT = BasicType.Long;
    public static readonly CType WCharT = BasicType.Int;
    public static readonly CType Char16T = BasicType.UShort;
    public static readonly CType Char32T = BasicType.UInt;

    /// <summary>The integer type an enum behaves as; other types unchanged.</summary>
    public static CType StripEnum(CType t) => t is EnumType e ? e.Underlying : t;

    /// <summary>Integer conversion rank (C17 6.3.1.1p1).</summary>
    public static int Rank(CType t) => StripEnum(t).Kind switch
    {
        TypeKind.Bool => 0,
        TypeKind.Char or TypeKind.SChar or TypeKind.UChar => 1,
        TypeKind.Short or TypeKind.UShort => 2,
        TypeKind.Int or TypeKind.UInt => 3,
        TypeKind.Long or TypeKind.ULong => 4,
        TypeKind.LongLong or TypeKind.ULongLong => 5,
        TypeKind.Int128 or TypeKind.UInt128 => 6,
        _ => -1,
    };

    /// <summary>True for signed integer types (plain char is signed on this target).</summary>
    public static bool IsSigned(CType t) => StripEnum(t).Kind is TypeKind.Char or TypeKind.SChar or TypeKind.Short
        or TypeKind.Int or TypeKind.Long or TypeKind.LongLong or TypeKind.Int128;

    public static bool IsUnsignedInteger(CType t) => t.IsInteger && !IsSigned(t);

    public static bool IsCharacter(CType t) => t.Kind is TypeKind.Char or TypeKind.SChar or TypeKind.UChar;

    /// <summary>The unsigned type of the same rank.</summary>
    public static CType ToUnsigned(CType t) => StripEnum(t).Kind switch
    {
        TypeKind.Char or TypeKind.SChar => BasicType.UChar,
        TypeKind.Short => BasicType.UShort,
        TypeKind.Int => BasicType.UInt,
        TypeKind.Long => BasicType.ULong,
        TypeKind.LongLong => BasicType.ULongLong,
        TypeKind.Int128 => BasicType.UInt128,
        _ => StripEnum(t).Unqualified,
    };

    /// <summary>Integer promotions (C17 6.3.1.1p2). Non-integers are returned unqualified.</summary>
    public static CType Promote(CType t)
    {
        t = t.Unqualified;
        if (!t.IsInteger) return t;
        var s = StripEnum(t);
        if (Rank(s) < 3) return BasicType.Int; // every value of _Bool, char and short fits in int
        return t is EnumType ? s : t;
    }

    /// <summary>Promotion of a bit-field of the given width and declared type (C17 6.3.1.1p2, as gcc).</summary>
    public static CType PromoteBitField(CType declared, int width)
    {
        var s = StripEnum(declared.Unqualified);
        if (s.IsBool) return BasicType.Int;
        if (Rank(s) <= 3)
        {
            if (width < 32 || (width == 32 && IsSigned(s))) return BasicType.Int;
            return BasicType.UInt;
        }
        return s;
    }

    /// <summary>Default argument promotions (C17 6.5.2.2p6): integer promotions, float to double.</summary>
    public static CType DefaultArgumentPromotion(CType t)
    {
        if (t.Kind == TypeKind.Float) return BasicType.Double;
        return Promote(t);
    }

    /// <summary>Usual arithmetic conversions (C17 6.3.1.8): the common real type of two arithmetic operands.</summary>
    public static CType UsualArithmeticConversions(CType a, CType b)
    {
        a = StripEnum(a.Unqualified);
        b = StripEnum(b.Unqualified);
        if (a.Kind == TypeKind.LongDouble || b.Kind == TypeKind.LongDouble) return BasicType.LongDouble;
        if (a.Kind == TypeKind.Double || b.Kind == TypeKind.Double) return BasicType.Double;
        if (a.Kind == TypeKind.Float || b.Kind == TypeKind.Float) return BasicType.Float;
        a = Promote(a);
        b = Promote(b);
        if (a.Kind == b.Kind) return a;
        bool sa = IsSigned(a), sb = IsSigned(b);
        if (sa == sb) return Rank(a) >= Rank(b) ? a : b;
        var u = sa ? b : a;
        var s = sa ? a : b;
        if (Rank(u) >= Rank(s)) return u;
        if (TypeLayout.SizeOf(s) > TypeLayout.SizeOf(u)) return s;
        return ToUnsigned(s);
    }

    /// <summary>Same type, qualifiers included, array lengths included (what _Generic and redefinition care about are compatibility; this is stricter).</summary>
    public static bool SameType(CType a, CType b) =>
        a.Qualifiers == b.Qualifiers && AreCompatible(a, b) && SameShape(a, b);

    private static bool SameShape(CType a, CType b) => (a, b) switch
    {
        (ArrayType x, ArrayType y) => x.Length == y.Length && SameType(x.Element, y.Element),
        (PointerType x, PointerType y) => SameType(x.Pointee, y.Pointee),
        _ => true,
    };

    /// <summary>Compatible types (C17 6.2.7p1, 6.7.2.2p4, 6.7.3p10, 6.7.6.1p2, 6.7.6.2p6, 6.7.6.3p15).</summary>
    public static bool AreCompatible(CType a, CType b, int depth = 0)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a.Qualifiers != b.Qualifiers) return false;
        if (depth > 200) return true; // pathological nesting; treat as compatible rather than recurse forever
        if (a is EnumType ea && b is EnumType eb) return ReferenceEquals(ea.Decl, eb.Decl);
        if (a is EnumType ea2) return b is BasicType && b.Kind == ea2.Underlying.Kind;
        if (b is EnumType eb2) return a is BasicType && a.Kind == eb2.Underlying.Kind;
        if (a.Kind != b.Kind) return false;
        switch (a)
        {
            case BasicType:
                return true;
            case PointerType pa:
                return AreCompatible(pa.Pointee, ((PointerType)b).Pointee, depth + 1);
            case ArrayType aa:
            {
                var ab = (ArrayType)b;
                if (!AreCompatible(aa.Element, ab.Element, depth + 1)) return false;
                return aa.Length is null || ab.Length is null || aa.Length == ab.Length;
            }
            case RecordType ra:
                return ReferenceEquals(ra.Decl, ((RecordType)b).Decl);
            case FunctionType fa:
                return FunctionsCompatible(fa, (FunctionType)b, depth);
        }
        return false;
    }

    private static bool FunctionsCompatible(FunctionType fa, FunctionType fb, int depth)
    {
        if (!AreCompatible(fa.ReturnType, fb.ReturnType, depth + 1)) return false;
        if (fa.HasPrototype && fb.HasPrototype)
        {
            if (fa.IsVariadic != fb.IsVariadic || fa.Parameters.Length != fb.Parameters.Length) return false;
            for (int i = 0; i < fa.Parameters.Length; i++)
                if (!AreCompatible(fa.Parameters[i].Type.Unqualified, fb.Parameters[i].Type.Unqualified, depth + 1)) return false;
            return true;
        }
        if (!fa.HasPrototype && !fb.HasPrototype) return true;
        var proto = fa.HasPrototype ? fa : fb;
        if (proto.IsVariadic) return false;
        foreach (var p in proto.Parameters)
        {
            var u = p.Type.Unqualified;
            if (!AreCompatible(u, DefaultArgumentPromotion(u), depth + 1)) return false;
        }
        return true;
    }

    /// <summary>Composite type of two compatible types (C17 6.2.7p3).</summary>
    public static CType Composite(CType a, CType b, int depth = 0)
    {
        if (depth > 200) return a;
        switch (a)
        {
            case ArrayType aa when b is ArrayType ab:
            {
                var elem = Composite(aa.Element, ab.Element, depth + 1);
                if (aa.Length is not null) return Same(aa, elem, aa.Length, null);
                if (ab.Length is not null) return Same(aa, elem, ab.Length, null);
                if (aa.IsVla) return a;
                if (ab.IsVla) return b;
                return Same(aa, elem, null, null);
            }
            case PointerType pa when b is PointerType pb:
                return new PointerType(Composite(pa.Pointee, pb.Pointee, depth + 1)).WithQualifiers(a.Qualifiers);
            case FunctionType fa when b is FunctionType fb:
            {
                var ret = Composite(fa.ReturnType, fb.ReturnType, depth + 1);
                if (!fa.HasPrototype && !fb.HasPrototype) return new FunctionType(ret, [], false, false) { IsNoReturn = fa.IsNoReturn || fb.IsNoReturn };
                if (!fa.HasPrototype) return new FunctionType(ret, fb.Parameters, fb.IsVariadic, true) { IsNoReturn = fa.IsNoReturn || fb.IsNoReturn };
                if (!fb.HasPrototype) return new FunctionType(ret, fa.Parameters, fa.IsVariadic, true) { IsNoReturn = fa.IsNoReturn || fb.IsNoReturn };
                var ps = ImmutableArray.CreateBuilder<ParameterType>(fa.Parameters.Length);
                for (int i = 0; i < fa.Parameters.Length && i < fb.Parameters.Length; i++)
                    ps.Add(new ParameterType(Composite(fa.Parameters[i].Type.Unqualified, fb.Parameters[i].Type.Unqualified, depth + 1), fb.Parameters[i].Name ?? fa.Parameters[i].Name));
                return new FunctionType(ret, ps.ToImmutable(), fa.IsVariadic, true) { IsNoReturn = fa.IsNoReturn || fb.IsNoReturn };
            }
        }
        return a;
    }

    private static CType Same(ArrayType like, CType elem, long? length, object? size) =>
        new ArrayType(elem, length, size, like.IsStaticParameter).WithQualifiers(like.Qualifiers);

    /// <summary>Parameter adjustment (C17 6.7.6.3p7-8): array of T to pointer to T (keeping the array's qualifiers), function to pointer.</summary>
    public static CType AdjustParameter(CType t)
    {
        if (t is ArrayType a) return new PointerType(a.Element).WithQualifiers(a.Qualifiers);
        if (t is FunctionType) return new PointerType(t);
        return t;
    }

    /// <summary>The type of an expression of type <paramref name="t"/> after lvalue conversion: unqualified (C17 6.3.2.1p2).</summary>
    public static CType RvalueType(CType t) => t.Unqualified;

    /// <summary>Pointer to void, optionally qualified target.</summary>
    public static PointerType VoidPointer(TypeQualifiers q = TypeQualifiers.None) => new(BasicType.Void.WithQualifiers(q));

    /// <summary>Can every value of integer type <paramref name="from"/> be represented in <paramref name="to"/>?</summary>
    public static bool FitsIn(Int128 value, CType to)
    {
        var t = StripEnum(to);
        return t.Kind switch
        {
            TypeKind.Bool => value == 0 || value == 1,
            TypeKind.Char or TypeKind.SChar => value >= sbyte.MinValue && value <= sbyte.MaxValue,
            TypeKind.UChar => value >= 0 && value <= byte.MaxValue,
            TypeKind.Short => value >= short.MinValue && value <= short.MaxValue,
            TypeKind.UShort => value >= 0 && value <= ushort.MaxValue,
            TypeKind.Int => value >= int.MinValue && value <= int.MaxValue,
            TypeKind.UInt => value >= 0 && value <= uint.MaxValue,
            TypeKind.Long or TypeKind.LongLong => value >= long.MinValue && value <= long.MaxValue,
            TypeKind.ULong or TypeKind.ULongLong => value >= 0 && value <= ulong.MaxValue,
            TypeKind.Int128 => true,
            TypeKind.UInt128 => value >= 0,
            _ => true,
        };
    }

    /// <summary>Wraps/sign-extends an integer value to the width and signedness of <paramref name="to"/> (C17 6.3.1.3; gcc's modulo behaviour for signed).</summary>
    public static Int128 Truncate(Int128 value, CType to)
    {
        var t = StripEnum(to);
        if (t.IsBool) return value != 0 ? 1 : 0;
        int bits = TypeLayout.BitWidth(t);
        if (bits >= 128) return value;
        Int128 mask = (Int128.One << bits) - 1;
        Int128 v = value & mask;
        if (IsSigned(t) && (v >> (bits - 1)) != 0) v -= Int128.One << bits;
        return v;
    }
}
