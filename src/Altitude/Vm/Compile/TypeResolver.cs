using Altitude.Memory;
using Altitude.Sexpcode;

namespace Altitude.Vm.Compile;

/// <summary>
/// Turns sexpcode type descriptions into <see cref="VmType"/>s with the x86-64 System V layout
/// (C17 6.7.2.1: members in order, each at the next offset aligned for it; size rounded up to the
/// struct's alignment; union members at 0). One resolver per translation unit (struct ids are
/// unit-local).
/// </summary>
public sealed class TypeResolver
{
    private readonly Dictionary<string, Sexp> _definitions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, VmType> _records = new(StringComparer.Ordinal);
    private readonly HashSet<string> _inProgress = new(StringComparer.Ordinal);
    private readonly Dictionary<Sexp, VmType> _cache = new(ReferenceEqualityComparer.Instance);

    public TypeResolver(Sexp typesSection)
    {
        foreach (var child in typesSection.Args)
        {
            if (child.SexpOrNull is { } def) _definitions[def.StringArg(0)] = def;
        }
    }

    private static VmType Int(string name, long size, bool signed, ScalarKind scalar) =>
        new() { Kind = ValueKind.Int, Size = size, Align = size, Signed = signed, Name = name, Scalar = scalar };

    public static readonly VmType Void = new() { Kind = ValueKind.Void, Size = 1, Align = 1, Name = "void" };
    public static readonly VmType Bool = new() { Kind = ValueKind.Int, Size = 1, Align = 1, Name = "_Bool", IsBool = true, Scalar = ScalarKind.Bool };
    public static readonly VmType Char = Int("char", 1, true, ScalarKind.Char);
    public static readonly VmType UChar = Int("unsigned char", 1, false, ScalarKind.Char);
    public static readonly VmType Short = Int("short", 2, true, ScalarKind.Short);
    public static readonly VmType UShort = Int("unsigned short", 2, false, ScalarKind.UShort);
    public static readonly VmType IntT = Int("int", 4, true, ScalarKind.Int);
    public static readonly VmType UInt = Int("unsigned int", 4, false, ScalarKind.UInt);
    public static readonly VmType Long = Int("long", 8, true, ScalarKind.Long);
    public static readonly VmType ULong = Int("unsigned long", 8, false, ScalarKind.ULong);
    public static readonly VmType LongLong = Int("long long", 8, true, ScalarKind.LongLong);
    public static readonly VmType ULongLong = Int("unsigned long long", 8, false, ScalarKind.ULongLong);
    public static readonly VmType FloatT = new() { Kind = ValueKind.Float, Size = 4, Align = 4, Name = "float", Scalar = ScalarKind.Float };
    public static readonly VmType DoubleT = new() { Kind = ValueKind.Double, Size = 8, Align = 8, Name = "double", Scalar = ScalarKind.Double };
    public static readonly VmType LongDouble = new() { Kind = ValueKind.Double, Size = 16, Align = 16, Name = "long double", Scalar = ScalarKind.LongDouble };
    public static readonly VmType VaList = new() { Kind = ValueKind.Aggregate, Size = 24, Align = 8, Name = "va_list", IsVaList = true };

    public static VmType PointerTo(VmType target) =>
        new() { Kind = ValueKind.Pointer, Size = 8, Align = 8, Name = target.Name + " *", Element = target, Scalar = ScalarKind.DataPointer };

    public VmType Resolve(Sexp t)
    {
        if (_cache.TryGetValue(t, out var cached)) return cached;
        var result = ResolveUncached(t);
        _cache[t] = result;
        return result;
    }

    private VmType ResolveUncached(Sexp t)
    {
        switch (t.Tag)
        {
            case SexpTag.Void: return Void;
            case SexpTag.Bool: return Bool;
            case SexpTag.Char: case SexpTag.SignedChar: return Char;
            case SexpTag.UnsignedChar: return UChar;
            case SexpTag.Short: return Short;
            case SexpTag.UnsignedShort: return UShort;
            case SexpTag.Int: return IntT;
            case SexpTag.UnsignedInt: return UInt;
            case SexpTag.Long: return Long;
            case SexpTag.UnsignedLong: return ULong;
            case SexpTag.LongLong: return LongLong;
            case SexpTag.UnsignedLongLong: return ULongLong;
            case SexpTag.Float: return FloatT;
            case SexpTag.Double: return DoubleT;
            case SexpTag.LongDouble: return LongDouble;
            case SexpTag.VaList: return VaList;
            // __int128 values live in memory like aggregates; the Wide node family computes on them.
            case SexpTag.Int128: return new VmType { Kind = ValueKind.Aggregate, Size = 16, Align = 16, Name = "__int128", Signed = true, Scalar = ScalarKind.Int128 };
            case SexpTag.UnsignedInt128: return new VmType { Kind = ValueKind.Aggregate, Size = 16, Align = 16, Name = "unsigned __int128", Scalar = ScalarKind.UInt128 };
            case SexpTag.Const: case SexpTag.Volatile: case SexpTag.Restrict: case SexpTag.Atomic:
                return Resolve(t.Arg(0));
            case SexpTag.Ptr:
            {
                var target = t.Arg(0);
                return new VmType { Kind = ValueKind.Pointer, Size = 8, Align = 8, Name = "pointer", ElementThunk = () => Resolve(target), Scalar = ScalarKind.DataPointer };
            }
            case SexpTag.Array:
            {
                var element = Resolve(t.Arg(0));
                var length = t.Args.Length > 1 ? t.Args[1].AsInteger : -1;
                return new VmType
                {
                    Kind = ValueKind.Aggregate, Size = element.Size * Math.Max(length, 0), Align = element.Align,
                    Name = $"{element.Name}[{(length >= 0 ? length.ToString(System.Globalization.CultureInfo.InvariantCulture) : "")}]",
                    Element = element, Length = length, IsArray = true,
                };
            }
            case SexpTag.Vla:
            {
                var element = Resolve(t.Arg(0));
                return new VmType
                {
                    Kind = ValueKind.Aggregate, Size = 0, Align = element.Align, Name = element.Name + "[*]",
                    Element = element, Length = -1, IsArray = true, VlaLength = t.Arg(1),
                };
            }
            case SexpTag.Fun:
            {
                var ret = Resolve(t.Arg(0));
                var parameters = new List<VmType>();
                var variadic = false;
                for (var i = 1; i < t.Args.Length; i++)
                {
                    var a = t.Arg(i);
                    if (a.Tag is SexpTag.Variadic or SexpTag.Unprototyped) variadic = true;
                    else if (a.Tag != SexpTag.Noreturn) parameters.Add(Resolve(a));
                }
                return new VmType { Kind = ValueKind.Function, Size = 1, Align = 1, Name = "function", Return = ret, Parameters = parameters, Variadic = variadic };
            }
            case SexpTag.Struct: case SexpTag.Union: return Record(t.StringArg(0));
            case SexpTag.Enum:
            {
                var id = t.StringArg(0);
                return _definitions.TryGetValue(id, out var def) && def.Tag == SexpTag.EnumDef ? Resolve(def.Arg(2)) : IntT;
            }
            default:
                throw new UnsupportedException($"type '{t.Tag}' is not supported by the VM yet");
        }
    }

    private VmType Record(string id)
    {
        if (_records.TryGetValue(id, out var done)) return done;
        if (!_definitions.TryGetValue(id, out var def) || def.Tag is SexpTag.StructDecl or SexpTag.UnionDecl)
        {
            // Incomplete: usable behind pointers only.
            return new VmType { Kind = ValueKind.Aggregate, Size = 0, Align = 1, Name = "struct " + id };
        }
        if (!_inProgress.Add(id)) throw new UnsupportedException($"recursive layout of '{id}'");
        var isUnion = def.Tag == SexpTag.UnionDef;
        var tag = def.StringArg(1);
        var packed = false;
        long align = 1;
        var fields = new Dictionary<string, (long, VmType)>(StringComparer.Ordinal);
        var bitFields = new Dictionary<string, (long BitOffset, int Width, VmType Type)>(StringComparer.Ordinal);
        long bitpos = 0, sizeBits = 0;
        for (var i = 2; i < def.Args.Length; i++)
        {
            var child = def.Arg(i);
            if (child.Tag == SexpTag.Packed) { packed = true; continue; }
            if (child.Tag == SexpTag.Aligned) { align = Math.Max(align, child.Args[0].AsInteger); continue; }
            var fieldType = Resolve(child.Arg(1));
            var name = child.StringArg(0);
            var attrStart = child.Tag == SexpTag.BitField ? 3 : 2;
            var fieldAlign = packed ? 1 : fieldType.Align;
            var fieldPacked = packed;
            for (var j = attrStart; j < child.Args.Length; j++)
            {
                var attr = child.Arg(j);
                if (attr.Tag == SexpTag.Packed) { fieldAlign = 1; fieldPacked = true; }
                else if (attr.Tag == SexpTag.Aligned) fieldAlign = Math.Max(fieldAlign, attr.Args[0].AsInteger);
            }
            if (child.Tag == SexpTag.BitField)
            {
                // System V: a bit-field goes at the next bit unless it would straddle a unit of its type.
                var width = (int)child.Args[2].AsInteger;
                var unitBits = fieldType.Size * 8;
                var at = isUnion ? 0 : bitpos;
                if (width == 0)
                {
                    if (!isUnion) bitpos = AlignUp(bitpos, unitBits);
                    continue;
                }
                if (!fieldPacked && at / unitBits != (at + width - 1) / unitBits) at = AlignUp(at, unitBits);
                if (name.Length > 0)
                {
                    bitFields[name] = (at, width, fieldType);
                    align = Math.Max(align, fieldPacked ? 1 : fieldType.Align);
                }
                bitpos = at + width;
                sizeBits = Math.Max(sizeBits, bitpos);
                continue;
            }
            align = Math.Max(align, fieldAlign);
            var offset = isUnion ? 0 : AlignUp((bitpos + 7) / 8, fieldAlign);
            fields[name] = (offset, fieldType);
            if (name.StartsWith('#') && fieldType.Fields is { } inner)
            {
                // Anonymous member: its members are reachable by name too (C17 6.7.2.1p13).
                foreach (var (n, (o, ft)) in inner) fields.TryAdd(n, (offset + o, ft));
                if (fieldType.BitFields is { } innerBits)
                    foreach (var (n, (bo, w, bt)) in innerBits) bitFields.TryAdd(n, (offset * 8 + bo, w, bt));
            }
            bitpos = (offset + fieldType.Size) * 8;
            sizeBits = Math.Max(sizeBits, bitpos);
        }
        var size = (sizeBits + 7) / 8;
        _inProgress.Remove(id);
        var record = new VmType
        {
            Kind = ValueKind.Aggregate, Size = AlignUp(size, align), Align = align,
            Name = (isUnion ? "union " : "struct ") + (tag.Length > 0 ? tag : id), Fields = fields, IsUnion = isUnion,
            BitFields = bitFields.Count > 0 ? bitFields : null,
        };
        _records[id] = record;
        return record;
    }

    public static long AlignUp(long value, long align) => align <= 1 ? value : (value + align - 1) / align * align;
}

/// <summary>A construct the VM does not run yet: reported as ALT9xx "unsupported", never a crash.</summary>
public sealed class UnsupportedException(string message) : Exception(message);
