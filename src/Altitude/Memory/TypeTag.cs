namespace Altitude.Memory;

/// <summary>
/// The scalar kinds a typemap tag distinguishes. Kinds decide compatibility between tags that
/// share an abstract position (6.5p7: signed/unsigned variants; pointer↔pointer representations).
/// </summary>
public enum ScalarKind : byte
{
    None,
    Char,
    Bool,
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
    DataPointer,
    FunctionPointer,
    Count,
}

/// <summary>
/// A typemap tag: a 15-bit number naming (scalar kind, abstract position) of a store. The engine
/// computes tags when it compiles, through <see cref="TypeTagTable.Register"/>. The top bit of a
/// shadow entry marks the first byte of a store, so tags stop at 0x7FFF. Values below
/// <see cref="FirstUserValue"/> are reserved states of a byte, not types.
/// </summary>
public readonly record struct TypeTag(ushort Value)
{
    public const ushort MaxValue = 0x7FFF;
    public const ushort FirstUserValue = 8;

    /// <summary>Never written (or memory fresh from malloc/alloca/a stack frame).</summary>
    public static readonly TypeTag Uninitialised = new(0);

    /// <summary>Padding of a struct, marked by the engine; reads of it are indeterminate (6.2.6.1p6).</summary>
    public static readonly TypeTag Padding = new(1);

    /// <summary>Bytes invalidated by a store that some conforming layout could overlap with them.</summary>
    public static readonly TypeTag Invalidated = new(2);

    /// <summary>An invalid value was stored here; the blob's side table keeps why.</summary>
    public static readonly TypeTag StoredInvalid = new(3);

    /// <summary>Initialised representation bytes without a scalar type: memset, calloc, static zero-init, fread.</summary>
    public static readonly TypeTag RawBytes = new(4);

    public bool IsReserved => Value < FirstUserValue;

    public override string ToString() => $"tag{Value}";
}

/// <summary>
/// The registry of typemap tags and the compatibility predicate a load consults on its slow path.
/// The fast path never looks here: equal tags match by one compare of the shadow.
/// </summary>
public sealed class TypeTagTable
{
    /// <summary>A position the engine does not know (e.g. a library shim's store): compatible with every position.</summary>
    public const int AnyPosition = -1;

    private readonly List<ScalarKind> _kinds = [];
    private readonly List<int> _positions = [];
    private readonly List<string> _names = [];
    private readonly Dictionary<(ScalarKind, int), TypeTag> _byKey = [];
    private readonly bool[] _kindCompatible = new bool[(int)ScalarKind.Count * (int)ScalarKind.Count];

    public TypeTagTable()
    {
        string[] reserved = ["uninitialised", "padding", "invalidated", "invalid value", "raw bytes", "reserved5", "reserved6", "reserved7"];
        foreach (var name in reserved)
        {
            _kinds.Add(ScalarKind.None);
            _positions.Add(AnyPosition);
            _names.Add(name);
        }

        for (var k = ScalarKind.None; k < ScalarKind.Count; k++)
            SetKindsCompatible(k, k, true);
        // 6.5p7: an object may be accessed through the signed or unsigned variant of its type.
        SetKindsCompatible(ScalarKind.Short, ScalarKind.UShort, true);
        SetKindsCompatible(ScalarKind.Int, ScalarKind.UInt, true);
        SetKindsCompatible(ScalarKind.Long, ScalarKind.ULong, true);
        SetKindsCompatible(ScalarKind.LongLong, ScalarKind.ULongLong, true);
        SetKindsCompatible(ScalarKind.Int128, ScalarKind.UInt128, true);
    }

    /// <summary>When true (default), bytes last written through a character type compose into any scalar load (writing an object's representation bytewise, 6.2.6.1p4).</summary>
    public bool CharStoresReadableAsAnyScalar { get; set; } = true;

    /// <summary>When true (default), <see cref="TypeTag.RawBytes"/> (memset, calloc, zero-init) are readable through any scalar type.</summary>
    public bool RawBytesReadableAsAnyScalar { get; set; } = true;

    public int Count => _kinds.Count;

    /// <summary>The tag of (kind, abstract position); the same pair always gets the same tag.</summary>
    public TypeTag Register(ScalarKind kind, int positionId, string? name = null)
    {
        if (kind is ScalarKind.None or ScalarKind.Count)
            throw new ArgumentOutOfRangeException(nameof(kind));
        if (_byKey.TryGetValue((kind, positionId), out var existing))
            return existing;
        if (_kinds.Count > TypeTag.MaxValue)
            throw new InvalidOperationException("typemap tag space exhausted (32760 tags)");
        var tag = new TypeTag((ushort)_kinds.Count);
        _kinds.Add(kind);
        _positions.Add(positionId);
        _names.Add(name ?? $"{kind}@{positionId}");
        _byKey.Add((kind, positionId), tag);
        return tag;
    }

    public ScalarKind KindOf(TypeTag tag) => tag.Value < _kinds.Count ? _kinds[tag.Value] : ScalarKind.None;

    public int PositionOf(TypeTag tag) => tag.Value < _positions.Count ? _positions[tag.Value] : AnyPosition;

    public string NameOf(TypeTag tag) => tag.Value < _names.Count ? _names[tag.Value] : tag.ToString();

    public void SetKindsCompatible(ScalarKind a, ScalarKind b, bool compatible)
    {
        _kindCompatible[(int)a * (int)ScalarKind.Count + (int)b] = compatible;
        _kindCompatible[(int)b * (int)ScalarKind.Count + (int)a] = compatible;
    }

    public bool AreKindsCompatible(ScalarKind a, ScalarKind b) =>
        _kindCompatible[(int)a * (int)ScalarKind.Count + (int)b];

    /// <summary>
    /// May a load through <paramref name="load"/> read a scalar stored through <paramref name="stored"/>?
    /// Equal tags, or equal abstract positions (or one unknown) with compatible kinds.
    /// Character loads are handled by the caller: they read representation bytes.
    /// </summary>
    public bool AreCompatible(TypeTag stored, TypeTag load)
    {
        if (stored == load)
            return true;
        if (stored.IsReserved || load.IsReserved)
            return false;
        int ps = PositionOf(stored), pl = PositionOf(load);
        if (ps != pl && ps != AnyPosition && pl != AnyPosition)
            return false;
        return AreKindsCompatible(KindOf(stored), KindOf(load));
    }
}
