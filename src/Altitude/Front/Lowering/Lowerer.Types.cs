using Altitude.Front.Semantics;
using Altitude.Sexpcode;
using Altitude.Types;
using SexpNode = Altitude.Sexpcode.Sexp;

namespace Altitude.Front.Lowering;

public sealed partial class Lowerer
{
    private readonly Dictionary<RecordDecl, string> _recordIds = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<EnumDecl, string> _enumIds = new(ReferenceEqualityComparer.Instance);
    private readonly List<RecordDecl> _recordOrder = [];
    private readonly List<EnumDecl> _enumOrder = [];
    private readonly HashSet<string> _usedTypeIds = new(StringComparer.Ordinal);

    // Lowered types are shared: one sexp per distinct (non-variably-modified) C type object.
    private readonly Dictionary<CType, SexpNode> _typeCache = new(ReferenceEqualityComparer.Instance);

    private int _inFunctionType;

    private static readonly SexpNode IntType = SexpNode.Atom(SexpTag.Int);
    private static readonly SexpNode LongType = SexpNode.Atom(SexpTag.Long);
    private static readonly SexpNode SizeType = SexpNode.Atom(SexpTag.UnsignedLong);
    private static readonly SexpNode VoidType = SexpNode.Atom(SexpTag.Void);

    /// <summary>A struct/union id: its tag when no other record of the unit has it, else tag.N; anonymous ones anon.N.</summary>
    private string RecordId(RecordDecl decl)
    {
        if (_recordIds.TryGetValue(decl, out var id)) return id;
        id = UniqueTypeId(decl.Tag, decl.Id);
        _recordIds[decl] = id;
        _recordOrder.Add(decl);
        return id;
    }

    private string EnumId(EnumDecl decl)
    {
        if (_enumIds.TryGetValue(decl, out var id)) return id;
        id = UniqueTypeId(decl.Tag, decl.Id);
        _enumIds[decl] = id;
        _enumOrder.Add(decl);
        return id;
    }

    private string UniqueTypeId(string? tag, int declId)
    {
        // Tags are C identifiers; ids with a '.' can never clash with one.
        var id = tag ?? $"anon.{declId}";
        if (!_usedTypeIds.Add(id))
        {
            id = $"{tag ?? "anon"}.{declId}";
            while (!_usedTypeIds.Add(id)) id += "_";
        }
        return id;
    }

    /// <summary>The name of a member in sexpcode: its C name, <c>#N</c> for an anonymous struct/union member, "" for an unnamed bit-field.</summary>
    internal static string FieldName(Field field) => field.Name ?? (field.IsBitField ? "" : $"#{field.Index}");

    /// <summary>The sexp of a C type (qualifiers included).</summary>
    private SexpNode Type(CType type)
    {
        // The analyser makes many type objects for one type (qualified and typedef-named copies),
        // so the common cases are shared by structure, not by object: basic types are atoms,
        // pointers are keyed by their pointee's sexp, records and enums by declaration.
        SexpNode unqualified;
        switch (type)
        {
            case BasicType b:
                unqualified = SexpNode.Atom(BasicTag(b.Kind));
                break;
            case PointerType p:
                {
                    var pointee = Type(p.Pointee);
                    if (!_pointerTypes.TryGetValue(pointee, out unqualified!))
                    {
                        unqualified = SexpNode.Make(SexpTag.Ptr, pointee);
                        // A pointer to a VLA reads a temporary of this function: not shared.
                        if (!MentionsVla(p.Pointee)) _pointerTypes[pointee] = unqualified;
                    }
                    break;
                }
            case RecordType or EnumType:
                {
                    object decl = type is RecordType r ? r.Decl : ((EnumType)type).Decl;
                    if (!_declTypes.TryGetValue(decl, out unqualified!))
                    {
                        unqualified = UnqualifiedType(type);
                        _declTypes[decl] = unqualified;
                    }
                    break;
                }
            default:
                if (!_typeCache.TryGetValue(type, out unqualified!))
                {
                    unqualified = UnqualifiedType(type);
                    if (!MentionsVla(type)) _typeCache[type] = unqualified;
                }
                break;
        }
        return type.Qualifiers == TypeQualifiers.None ? unqualified : Qualify(type.Qualifiers, unqualified);
    }

    private readonly Dictionary<SexpNode, SexpNode> _pointerTypes = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<object, SexpNode> _declTypes = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(SexpNode, TypeQualifiers), SexpNode> _qualifiedTypes = [];

    /// <summary>
    /// Whether the lowered form of the type depends on where it is lowered (a VLA's length reads a
    /// temporary of the current function). Function types never do: their VLAs are erased.
    /// </summary>
    private static bool MentionsVla(CType type)
    {
        for (var t = type; ;)
        {
            switch (t)
            {
                case ArrayType a:
                    if (a.IsVla) return true;
                    t = a.Element;
                    break;
                case PointerType p:
                    t = p.Pointee;
                    break;
                default:
                    return false;
            }
        }
    }

    private SexpNode Qualify(TypeQualifiers q, SexpNode unqualified)
    {
        if (_qualifiedTypes.TryGetValue((unqualified, q), out var done)) return done;
        var sexp = unqualified;
        if ((q & TypeQualifiers.Restrict) != 0) sexp = SexpNode.Make(SexpTag.Restrict, sexp);
        if ((q & TypeQualifiers.Volatile) != 0) sexp = SexpNode.Make(SexpTag.Volatile, sexp);
        if ((q & TypeQualifiers.Const) != 0) sexp = SexpNode.Make(SexpTag.Const, sexp);
        if ((q & TypeQualifiers.Atomic) != 0) sexp = SexpNode.Make(SexpTag.Atomic, sexp);
        _qualifiedTypes[(unqualified, q)] = sexp;
        return sexp;
    }

    private SexpNode UnqualifiedType(CType type)
    {
        switch (type)
        {
            case BasicType b:
                return SexpNode.Atom(BasicTag(b.Kind));
            case PointerType p:
                return SexpNode.Make(SexpTag.Ptr, Type(p.Pointee));
            case ArrayType a when a.IsVla && _inFunctionType > 0:
                // In a function type a VLA parameter's length is unspecified ([*], C17 6.7.6.2p4):
                // the type must not mention the callee's parameters.
                return SexpNode.Make(SexpTag.Array, Type(a.Element));
            case ArrayType a when a.IsVla:
                return SexpNode.Make(SexpTag.Vla, Type(a.Element), VlaLength(a));
            case ArrayType a:
                return a.Length is { } n ? SexpNode.Make(SexpTag.Array, Type(a.Element), n) : SexpNode.Make(SexpTag.Array, Type(a.Element));
            case FunctionType f:
                {
                    _inFunctionType++;
                    var children = new List<SexpChild> { Type(f.ReturnType) };
                    foreach (var p in f.Parameters) children.Add(Type(p.Type));
                    _inFunctionType--;
                    if (!f.HasPrototype) children.Add(SexpNode.Atom(SexpTag.Unprototyped));
                    else if (f.IsVariadic) children.Add(SexpNode.Atom(SexpTag.Variadic));
                    if (f.IsNoReturn) children.Add(SexpNode.Atom(SexpTag.Noreturn));
                    return SexpNode.Make(SexpTag.Fun, children);
                }
            case RecordType r:
                return SexpNode.Make(r.Decl.IsUnion ? SexpTag.Union : SexpTag.Struct, RecordId(r.Decl));
            case EnumType e:
                return SexpNode.Make(SexpTag.Enum, EnumId(e.Decl));
            default:
                return IntType;
        }
    }

    private static SexpTag BasicTag(TypeKind kind) => kind switch
    {
        TypeKind.Void => SexpTag.Void,
        TypeKind.Bool => SexpTag.Bool,
        TypeKind.Char => SexpTag.Char,
        TypeKind.SChar => SexpTag.SignedChar,
        TypeKind.UChar => SexpTag.UnsignedChar,
        TypeKind.Short => SexpTag.Short,
        TypeKind.UShort => SexpTag.UnsignedShort,
        TypeKind.Int => SexpTag.Int,
        TypeKind.UInt => SexpTag.UnsignedInt,
        TypeKind.Long => SexpTag.Long,
        TypeKind.ULong => SexpTag.UnsignedLong,
        TypeKind.LongLong => SexpTag.LongLong,
        TypeKind.ULongLong => SexpTag.UnsignedLongLong,
        TypeKind.Int128 => SexpTag.Int128,
        TypeKind.UInt128 => SexpTag.UnsignedInt128,
        TypeKind.Float => SexpTag.Float,
        TypeKind.Double => SexpTag.Double,
        TypeKind.LongDouble => SexpTag.LongDouble,
        _ => SexpTag.Int,
    };

    /// <summary>
    /// The length of a VLA type: a load of the temporary its size was stored in when the declaration
    /// ran, so that evaluating the type has no side effects; outside that (a parameter's VLA type)
    /// the size expression itself.
    /// </summary>
    private SexpNode VlaLength(ArrayType array)
    {
        if (_function is not null && array.SizeExpression is BoundExpression e && _function.VlaSizeTemps.TryGetValue(e, out var temp))
        {
            return SexpNode.Make(SexpTag.Load, SizeType, SexpNode.Make(SexpTag.Local, SizeType, temp));
        }
        if (array.SizeExpression is BoundExpression size) return ConvertTo(size, BasicType.ULong);
        return SexpNode.Make(SexpTag.Lit, SizeType, 0);
    }

    private SexpNode LowerTypesSection()
    {
        // Lowering the definitions can discover more records (members of other record types).
        var defs = new List<SexpChild>();
        for (var i = 0; i < _recordOrder.Count; i++) defs.Add(LowerRecord(_recordOrder[i]));
        foreach (var e in _enumOrder) defs.Add(LowerEnum(e));
        return SexpNode.Make(SexpTag.Types, defs);
    }

    private SexpNode LowerRecord(RecordDecl decl)
    {
        var id = RecordId(decl);
        var tag = decl.Tag ?? "";
        if (!decl.IsComplete) return SexpNode.Make(decl.IsUnion ? SexpTag.UnionDecl : SexpTag.StructDecl, id, tag);
        var children = new List<SexpChild>();
        if (Loc(decl.Location) is { } loc) children.Add(loc);
        children.Add(id);
        children.Add(tag);
        if (decl.IsPacked) children.Add(SexpNode.Atom(SexpTag.Packed));
        if (decl.AlignAttribute > 0) children.Add(SexpNode.Make(SexpTag.Aligned, decl.AlignAttribute));
        foreach (var f in decl.Fields)
        {
            var member = new List<SexpChild> { FieldName(f), Type(f.Type) };
            if (f.BitWidth is { } width) member.Add(width);
            if (f.IsPacked) member.Add(SexpNode.Atom(SexpTag.Packed));
            var align = Math.Max(f.AlignAttribute, f.Type.AlignOverride);
            if (align > 0) member.Add(SexpNode.Make(SexpTag.Aligned, align));
            children.Add(SexpNode.Make(f.IsBitField ? SexpTag.BitField : SexpTag.Field, member));
        }
        return SexpNode.Make(decl.IsUnion ? SexpTag.UnionDef : SexpTag.StructDef, children);
    }

    private SexpNode LowerEnum(EnumDecl decl)
    {
        var children = new List<SexpChild>();
        if (Loc(decl.Location) is { } loc) children.Add(loc);
        children.Add(EnumId(decl));
        children.Add(decl.Tag ?? "");
        children.Add(Type(decl.Underlying));
        foreach (var e in decl.Enumerators) children.Add(SexpNode.Make(SexpTag.Enumerator, e.Name, (long)e.Value));
        return SexpNode.Make(SexpTag.EnumDef, children);
    }
}
