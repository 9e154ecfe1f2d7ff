namespace Altitude.Types;

/// <summary>
/// Concrete layout on the target: x86-64 System V, LP64, as gcc lays it out.
/// Sizes of incomplete types are 0 (callers diagnose); sizeof(void) and sizeof a function are 1 (GNU).
/// Variably modified types have no constant size: callers must check <see cref="CType.IsVariablyModified"/>.
/// </summary>
public static class TypeLayout
{
    /// <summary>sizeof in bytes (C17 6.5.3.4).</summary>
    public static long SizeOf(CType type) => type switch
    {
        BasicType b => BasicSize(b.Kind),
        PointerType => 8,
        ArrayType a => a.Length is { } n ? n * SizeOf(a.Element) : 0,
        FunctionType => 1,
        RecordType r => r.Decl.IsComplete ? r.Decl.Size : 0,
        EnumType e => SizeOf(e.Underlying),
        _ => 0,
    };

    /// <summary>_Alignof in bytes (C17 6.5.3.4); honours aligned(N) on typedefs.</summary>
    public static int AlignOf(CType type)
    {
        if (type.AlignOverride > 0) return type.AlignOverride;
        return type switch
        {
            BasicType b => b.Kind == TypeKind.Void ? 1 : (int)BasicSize(b.Kind),
            PointerType => 8,
            ArrayType a => AlignOf(a.Element),
            FunctionType => 1,
            RecordType r => r.Decl.Align,
            EnumType e => AlignOf(e.Underlying),
            _ => 1,
        };
    }

    public static long BasicSize(TypeKind kind) => kind switch
    {
        TypeKind.Void or TypeKind.Bool or TypeKind.Char or TypeKind.SChar or TypeKind.UChar => 1,
        TypeKind.Short or TypeKind.UShort => 2,
        TypeKind.Int or TypeKind.UInt or TypeKind.Float => 4,
        TypeKind.Long or TypeKind.ULong or TypeKind.LongLong or TypeKind.ULongLong or TypeKind.Double => 8,
        TypeKind.Int128 or TypeKind.UInt128 or TypeKind.LongDouble => 16,
        _ => 0,
    };

    /// <summary>Width in bits of an integer type's value representation.</summary>
    public static int BitWidth(CType type) => type.IsBool ? 1 : (int)(SizeOf(type) * 8);
}

/// <summary>The outcome of laying out one struct or union.</summary>
public readonly record struct RecordLayoutResult(long Size, int Align);

/// <summary>
/// gcc's struct/union layout for x86-64: members in order at their alignment; bit-fields packed into
/// the current storage unit unless they would straddle an aligned unit of their declared type
/// (then they start the next one); zero-width bit-fields round up to their type's alignment;
/// unnamed bit-fields do not raise the record's alignment; packed removes member alignment;
/// aligned(N) raises it. Fills in <see cref="Field.Offset"/> and <see cref="Field.BitOffset"/>.
/// </summary>
public static class RecordLayout
{
    public static RecordLayoutResult Compute(RecordDecl decl)
    {
        long bitPos = 0;     // struct: next free bit
        long unionBits = 0;  // union: largest member
        int align = 1;
        foreach (var f in decl.Fields)
        {
            bool packed = decl.IsPacked || f.IsPacked;
            int typeAlign = TypeLayout.AlignOf(f.Type);
            long typeSize = TypeLayout.SizeOf(f.Type);
            int fieldAlign = packed ? 1 : typeAlign;
            if (f.AlignAttribute > fieldAlign) fieldAlign = f.AlignAttribute;

            if (f.BitWidth is { } width)
            {
                if (width == 0)
                {
                    // A zero-width bit-field closes the current unit: the next member starts at the
                    // declared type's alignment. It does not change the record's alignment.
                    if (!decl.IsUnion) bitPos = RoundUp(bitPos, typeAlign * 8L);
                    f.BitOffset = bitPos;
                    f.Offset = bitPos / 8;
                    continue;
                }
                long pos = decl.IsUnion ? 0 : bitPos;
                if (!packed && typeSize > 0)
                {
                    long unit = typeAlign * 8L;
                    if (pos % unit + width > typeSize * 8) pos = RoundUp(pos, unit);
                }
                if (f.AlignAttribute > 0) pos = RoundUp(pos, f.AlignAttribute * 8L);
                f.BitOffset = pos;
                f.Offset = pos / 8;
                if (f.Name is not null || f.AlignAttribute > 0) align = Math.Max(align, fieldAlign);
                if (decl.IsUnion) unionBits = Math.Max(unionBits, RoundUp(width, 8));
                else bitPos = pos + width;
                continue;
            }

            bool flexible = f.Type is ArrayType { Length: null };
            long size = flexible ? 0 : typeSize;
            if (decl.IsUnion)
            {
                f.BitOffset = 0;
                f.Offset = 0;
                unionBits = Math.Max(unionBits, size * 8);
            }
            else
            {
                bitPos = RoundUp(bitPos, fieldAlign * 8L);
                f.BitOffset = bitPos;
                f.Offset = bitPos / 8;
                bitPos += size * 8;
            }
            align = Math.Max(align, fieldAlign);
        }
        if (decl.AlignAttribute > align) align = decl.AlignAttribute;
        long bytes = (decl.IsUnion ? unionBits : bitPos + 7) / 8;
        if (decl.IsUnion) bytes = (unionBits + 7) / 8;
        return new RecordLayoutResult(RoundUp(bytes, align), align);
    }

    public static long RoundUp(long value, long unit) => unit <= 1 ? value : (value + unit - 1) / unit * unit;
}
