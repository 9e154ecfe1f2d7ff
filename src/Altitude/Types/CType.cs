using System.Collections.Immutable;
using System.Text;
using Altitude.Text;

namespace Altitude.Types;

/// <summary>The kinds of C type the front end distinguishes (C17 6.2.5).</summary>
public enum TypeKind
{
    Void,
    Bool,
    Char,
    SChar,
    UChar,
    Short,
    UShort,
    Int,
    UInt,
    Long,
    ULong,
    LongLong,
    ULongLong,
    Int128,
    UInt128,
    Float,
    Double,
    LongDouble,
    Pointer,
    Array,
    Function,
    Struct,
    Union,
    Enum,
}

/// <summary>Type qualifiers (C17 6.7.3). Flags on the type object itself.</summary>
[Flags]
public enum TypeQualifiers
{
    None = 0,
    Const = 1,
    Volatile = 2,
    Restrict = 4,
    Atomic = 8,
}

/// <summary>
/// A C type. Instances are immutable once built; a qualified type is a copy of its unqualified
/// type with <see cref="Qualifiers"/> set. Struct/union/enum identity lives in the shared
/// <see cref="RecordDecl"/>/<see cref="EnumDecl"/> object, so copies denote the same type.
/// Compare types with <see cref="TypeRules.SameType"/> or <see cref="TypeRules.AreCompatible"/>,
/// never with reference equality.
/// </summary>
public abstract class CType
{
    public abstract TypeKind Kind { get; }

    public TypeQualifiers Qualifiers { get; private set; }

    /// <summary>An alignment requested by <c>__attribute__((aligned(N)))</c> on a typedef (0 = none).</summary>
    public int AlignOverride { get; private set; }

    /// <summary>The typedef name this type was written with, for diagnostics only (never for rules).</summary>
    public string? TypedefName { get; private set; }

    public bool IsConst => (Qualifiers & TypeQualifiers.Const) != 0;
    public bool IsVolatile => (Qualifiers & TypeQualifiers.Volatile) != 0;

    public bool IsVoid => Kind == TypeKind.Void;
    public bool IsBool => Kind == TypeKind.Bool;
    public bool IsPointer => Kind == TypeKind.Pointer;
    public bool IsArray => Kind == TypeKind.Array;
    public bool IsFunction => Kind == TypeKind.Function;
    public bool IsRecord => Kind is TypeKind.Struct or TypeKind.Union;
    public bool IsStruct => Kind == TypeKind.Struct;
    public bool IsUnion => Kind == TypeKind.Union;
    public bool IsEnum => Kind == TypeKind.Enum;

    /// <summary>C17 6.2.5p17: char, signed/unsigned integer types and enumerated types (and _Bool).</summary>
    public bool IsInteger => Kind is >= TypeKind.Bool and <= TypeKind.UInt128 || Kind == TypeKind.Enum;
    public bool IsFloating => Kind is TypeKind.Float or TypeKind.Double or TypeKind.LongDouble;
    /// <summary>C17 6.2.5p18.</summary>
    public bool IsArithmetic => IsInteger || IsFloating;
    /// <summary>C17 6.2.5p21.</summary>
    public bool IsScalar => IsArithmetic || IsPointer;
    public bool IsAggregate => IsArray || IsStruct;
    public bool IsObject => !IsFunction;

    /// <summary>True for incomplete object types: void, arrays of unknown size, undefined struct/union/enum.</summary>
    public virtual bool IsComplete => true;

    /// <summary>True when the size is not a constant (a VLA, or an array of VLAs).</summary>
    public virtual bool IsVariablyModified => false;

    /// <summary>
    /// The same type without qualifiers. An unqualified type is returned as is (typedef name kept for
    /// printing); stripping qualifiers also drops the typedef name, which named the qualified type.
    /// </summary>
    public CType Unqualified => Qualifiers == TypeQualifiers.None ? this : Copy(TypeQualifiers.None, AlignOverride, null);

    public CType WithQualifiers(TypeQualifiers qualifiers) =>
        qualifiers == Qualifiers ? this : Copy(qualifiers, AlignOverride, TypedefName);

    public CType AddQualifiers(TypeQualifiers qualifiers) => WithQualifiers(Qualifiers | qualifiers);

    public CType WithAlignOverride(int align) => Copy(Qualifiers, align, TypedefName);

    public CType WithTypedefName(string? name) => name == TypedefName ? this : Copy(Qualifiers, AlignOverride, name);

    private CType Copy(TypeQualifiers qualifiers, int align, string? typedefName)
    {
        // A fresh shallow copy: the original is never mutated, so types stay immutable to everyone else.
        var copy = (CType)MemberwiseClone();
        copy.Qualifiers = qualifiers;
        copy.AlignOverride = align;
        copy.TypedefName = typedefName;
        return copy;
    }

    /// <summary>C syntax for diagnostics, e.g. <c>struct s *</c>, <c>int (*)(int)</c>.</summary>
    public override string ToString() => TypePrinter.Print(this);
}

/// <summary>void, _Bool, the character, integer and floating types.</summary>
public sealed class BasicType : CType
{
    private BasicType(TypeKind kind) => _kind = kind;

    private readonly TypeKind _kind;

    public override TypeKind Kind => _kind;

    public override bool IsComplete => _kind != TypeKind.Void;

    public static readonly BasicType Void = new(TypeKind.Void);
    public static readonly BasicType Bool = new(TypeKind.Bool);
    public static readonly BasicType Char = new(TypeKind.Char);
    public static readonly BasicType SChar = new(TypeKind.SChar);
    public static readonly BasicType UChar = new(TypeKind.UChar);
    public static readonly BasicType Short = new(TypeKind.Short);
    public static readonly BasicType UShort = new(TypeKind.UShort);
    public static readonly BasicType Int = new(TypeKind.Int);
    public static readonly BasicType UInt = new(TypeKind.UInt);
    public static readonly BasicType Long = new(TypeKind.Long);
    public static readonly BasicType ULong = new(TypeKind.ULong);
    public static readonly BasicType LongLong = new(TypeKind.LongLong);
    public static readonly BasicType ULongLong = new(TypeKind.ULongLong);
    public static readonly BasicType Int128 = new(TypeKind.Int128);
    public static readonly BasicType UInt128 = new(TypeKind.UInt128);
    public static readonly BasicType Float = new(TypeKind.Float);
    public static readonly BasicType Double = new(TypeKind.Double);
    public static readonly BasicType LongDouble = new(TypeKind.LongDouble);

    public static BasicType Of(TypeKind kind) => kind switch
    {
        TypeKind.Void => Void,
        TypeKind.Bool => Bool,
        TypeKind.Char => Char,
        TypeKind.SChar => SChar,
        TypeKind.UChar => UChar,
        TypeKind.Short => Short,
        TypeKind.UShort => UShort,
        TypeKind.Int => Int,
        TypeKind.UInt => UInt,
        TypeKind.Long => Long,
        TypeKind.ULong => ULong,
        TypeKind.LongLong => LongLong,
        TypeKind.ULongLong => ULongLong,
        TypeKind.Int128 => Int128,
        TypeKind.UInt128 => UInt128,
        TypeKind.Float => Float,
        TypeKind.Double => Double,
        TypeKind.LongDouble => LongDouble,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}

/// <summary>Pointer to <see cref="Pointee"/> (C17 6.2.5p20).</summary>
public sealed class PointerType(CType pointee) : CType
{
    public CType Pointee { get; } = pointee;

    public override TypeKind Kind => TypeKind.Pointer;
}

/// <summary>
/// Array of <see cref="Element"/>: known constant <see cref="Length"/>, unknown size (<c>[]</c>,
/// Length null, no size expression), or variable length (<see cref="SizeExpression"/> set).
/// </summary>
public sealed class ArrayType(CType element, long? length, object? sizeExpression = null, bool isStaticParameter = false) : CType
{
    public CType Element { get; } = element;

    /// <summary>Number of elements when known at translation time.</summary>
    public long? Length { get; } = length;

    /// <summary>The bound size expression (a <c>BoundExpression</c>) of a VLA; null otherwise.</summary>
    public object? SizeExpression { get; } = sizeExpression;

    /// <summary><c>[static N]</c> in a parameter declarator (C17 6.7.6.3p7).</summary>
    public bool IsStaticParameter { get; } = isStaticParameter;

    public bool IsVla => SizeExpression is not null;

    public override TypeKind Kind => TypeKind.Array;

    public override bool IsComplete => (Length is not null || IsVla) && Element.IsComplete;

    public override bool IsVariablyModified => IsVla || Element.IsVariablyModified;
}

/// <summary>One parameter of a prototype: its adjusted type and (for printing) its name.</summary>
public sealed record ParameterType(CType Type, string? Name);

/// <summary>
/// A function type: with a prototype (<see cref="HasPrototype"/>; parameters, maybe variadic), or an
/// old-style declaration without one (C17 6.7.6.3p14).
/// </summary>
public sealed class FunctionType(CType returnType, ImmutableArray<ParameterType> parameters, bool isVariadic, bool hasPrototype) : CType
{
    public CType ReturnType { get; } = returnType;
    public ImmutableArray<ParameterType> Parameters { get; } = parameters;
    public bool IsVariadic { get; } = isVariadic;
    public bool HasPrototype { get; } = hasPrototype;

    /// <summary><c>__attribute__((noreturn))</c> or <c>_Noreturn</c>.</summary>
    public bool IsNoReturn { get; init; }

    public override TypeKind Kind => TypeKind.Function;
}

/// <summary>struct or union type: a handle on its (possibly still incomplete) declaration.</summary>
public sealed class RecordType(RecordDecl decl) : CType
{
    public RecordDecl Decl { get; } = decl;

    public override TypeKind Kind => Decl.IsUnion ? TypeKind.Union : TypeKind.Struct;

    public override bool IsComplete => Decl.IsComplete;
}

/// <summary>Enumerated type: a handle on its declaration.</summary>
public sealed class EnumType(EnumDecl decl) : CType
{
    public EnumDecl Decl { get; } = decl;

    public override TypeKind Kind => TypeKind.Enum;

    public override bool IsComplete => Decl.IsComplete;

    /// <summary>The compatible integer type (C17 6.7.2.2p4): unsigned int if all values are non-negative, else int, as gcc; wider if needed.</summary>
    public CType Underlying => Decl.Underlying;
}

/// <summary>
/// One member of a struct or union. <see cref="Offset"/> and <see cref="BitOffset"/> are filled in
/// when the record is completed (layout). An unnamed struct/union member (C11 anonymous member) has
/// a null <see cref="Name"/> and a record <see cref="Type"/>.
/// </summary>
public sealed class Field(string? name, CType type, int? bitWidth, SourceLocation location)
{
    public string? Name { get; } = name;
    public CType Type { get; } = type;
    /// <summary>Width of a bit-field; null for ordinary members.</summary>
    public int? BitWidth { get; } = bitWidth;
    public SourceLocation Location { get; } = location;

    /// <summary><c>__attribute__((packed))</c> on this member.</summary>
    public bool IsPacked { get; init; }
    /// <summary>Alignment from <c>aligned(N)</c> / <c>_Alignas</c> on this member (0 = none).</summary>
    public int AlignAttribute { get; init; }

    /// <summary>Position in the record's member list.</summary>
    public int Index { get; internal set; }

    /// <summary>Byte offset: for a bit-field, the byte holding its first bit.</summary>
    public long Offset { get; internal set; }

    /// <summary>Offset of the first bit from the start of the record, in bits.</summary>
    public long BitOffset { get; internal set; }

    public bool IsBitField => BitWidth is not null;

    /// <summary>An unnamed struct/union member whose members belong to the enclosing record.</summary>
    public bool IsAnonymousRecord => Name is null && BitWidth is null && Type.IsRecord;

    public override string ToString() => Name ?? "<anonymous>";
}

/// <summary>
/// The declaration of a struct or union: its identity. Each definition is a distinct object, so
/// two definitions with the same tag in different scopes are different types.
/// </summary>
public sealed class RecordDecl(string? tag, bool isUnion, SourceLocation location, int id)
{
    public string? Tag { get; } = tag;
    public bool IsUnion { get; } = isUnion;
    public SourceLocation Location { get; } = location;
    /// <summary>Unique within a translation unit; used to tell apart same-tag definitions.</summary>
    public int Id { get; } = id;

    public ImmutableArray<Field> Fields { get; private set; } = ImmutableArray<Field>.Empty;
    public bool IsComplete { get; private set; }
    public bool IsPacked { get; private set; }
    public int AlignAttribute { get; private set; }
    public long Size { get; private set; }
    public int Align { get; private set; } = 1;
    public bool HasFlexibleArrayMember { get; private set; }

    /// <summary>Completes the declaration (the closing brace of its definition): computes the layout.</summary>
    public void Complete(ImmutableArray<Field> fields, bool packed, int alignAttribute)
    {
        Fields = fields;
        IsPacked = packed;
        AlignAttribute = alignAttribute;
        for (int i = 0; i < fields.Length; i++) fields[i].Index = i;
        var layout = RecordLayout.Compute(this);
        Size = layout.Size;
        Align = layout.Align;
        HasFlexibleArrayMember = fields.Length > 0 && fields[^1].Type is ArrayType { Length: null, IsVla: false };
        IsComplete = true;
    }

    private Dictionary<string, ImmutableArray<Field>>? _memberIndex;

    /// <summary>Looks a member up by name, descending into anonymous members; the path ends with the member.</summary>
    public ImmutableArray<Field>? FindMember(string name)
    {
        // Big records get an index so member access stays linear in the program size.
        if (Fields.Length > 16 && IsComplete)
        {
            if (_memberIndex is null)
            {
                var index = new Dictionary<string, ImmutableArray<Field>>(StringComparer.Ordinal);
                foreach (var f in Fields)
                {
                    if (f.Name is not null) index.TryAdd(f.Name, ImmutableArray.Create(f));
                    else if (f.IsAnonymousRecord && f.Type is RecordType rt)
                        foreach (var inner in rt.Decl.Fields)
                            if (inner.Name is not null && rt.Decl.FindMember(inner.Name) is { } p) index.TryAdd(inner.Name, p.Insert(0, f));
                }
                _memberIndex = index;
            }
            if (_memberIndex.TryGetValue(name, out var hit)) return hit;
            return FindInAnonymousDeep(name);
        }
        return FindLinear(name);
    }

    private ImmutableArray<Field>? FindInAnonymousDeep(string name)
    {
        foreach (var f in Fields)
        {
            if (f.IsAnonymousRecord && f.Type is RecordType rt && rt.Decl.FindMember(name) is { } path) return path.Insert(0, f);
        }
        return null;
    }

    private ImmutableArray<Field>? FindLinear(string name)
    {
        foreach (var f in Fields)
        {
            if (f.Name == name) return ImmutableArray.Create(f);
            if (f.IsAnonymousRecord && f.Type is RecordType rt)
            {
                var inner = rt.Decl.FindMember(name);
                if (inner is { } path) return path.Insert(0, f);
            }
        }
        return null;
    }

    public string KindName => IsUnion ? "union" : "struct";

    public override string ToString() => Tag is null ? $"{KindName} <anonymous>" : $"{KindName} {Tag}";
}

/// <summary>One enumeration constant.</summary>
public sealed record Enumerator(string Name, Int128 Value, SourceLocation Location);

/// <summary>The declaration of an enumeration.</summary>
public sealed class EnumDecl(string? tag, SourceLocation location, int id)
{
    public string? Tag { get; } = tag;
    public SourceLocation Location { get; } = location;
    public int Id { get; } = id;
    public ImmutableArray<Enumerator> Enumerators { get; private set; } = ImmutableArray<Enumerator>.Empty;
    public bool IsComplete { get; private set; }
    public bool IsPacked { get; private set; }

    /// <summary>Before completion gcc treats the enum as unsigned int.</summary>
    public CType Underlying { get; private set; } = BasicType.UInt;

    /// <summary>C17 6.7.2.2 with gcc's choice: unsigned int when all values are non-negative and fit, else int; wider types when needed.</summary>
    public void Complete(ImmutableArray<Enumerator> enumerators, bool packed = false)
    {
        Enumerators = enumerators;
        IsPacked = packed;
        Underlying = ChooseUnderlying(enumerators, packed);
        IsComplete = true;
    }

    public static CType ChooseUnderlying(ImmutableArray<Enumerator> enumerators, bool packed)
    {
        Int128 min = 0, max = 0;
        foreach (var e in enumerators)
        {
            if (e.Value < min) min = e.Value;
            if (e.Value > max) max = e.Value;
        }
        if (packed)
        {
            if (min >= 0 && max <= byte.MaxValue) return BasicType.UChar;
            if (min >= sbyte.MinValue && max <= sbyte.MaxValue) return BasicType.SChar;
            if (min >= 0 && max <= ushort.MaxValue) return BasicType.UShort;
            if (min >= short.MinValue && max <= short.MaxValue) return BasicType.Short;
        }
        if (min >= 0 && max <= uint.MaxValue) return BasicType.UInt;
        if (min >= int.MinValue && max <= int.MaxValue) return BasicType.Int;
        if (min >= 0 && max <= ulong.MaxValue) return BasicType.ULong;
        return BasicType.Long;
    }

    public override string ToString() => Tag is null ? "enum <anonymous>" : $"enum {Tag}";
}
