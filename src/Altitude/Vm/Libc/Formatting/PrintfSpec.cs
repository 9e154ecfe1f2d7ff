namespace Altitude.Vm.Libc.Formatting;

/// <summary>Length modifier of a printf/scanf conversion (C17 7.21.6.1p7), with glibc's q and Z.</summary>
public enum FormatLength : byte
{
    None,
    /// <summary>hh</summary>
    Char,
    /// <summary>h</summary>
    Short,
    /// <summary>l</summary>
    Long,
    /// <summary>ll or q</summary>
    LongLong,
    /// <summary>L (long double; on integers glibc reads long long)</summary>
    LongDouble,
    /// <summary>j</summary>
    IntMax,
    /// <summary>z or Z</summary>
    Size,
    /// <summary>t</summary>
    Ptrdiff,
}

/// <summary>The length modifiers printf and scanf share (C17 7.21.6.1p7, 7.21.6.2p11, plus glibc's q and Z).</summary>
public static class FormatLengths
{
    /// <summary>Reads a length modifier at <paramref name="p"/>, if there is one, and moves past it.</summary>
    public static FormatLength Read(ReadOnlySpan<byte> f, ref int p)
    {
        if (p >= f.Length) return FormatLength.None;
        switch (f[p])
        {
            case (byte)'h':
                p++;
                if (p < f.Length && f[p] == 'h') { p++; return FormatLength.Char; }
                return FormatLength.Short;
            case (byte)'l':
                p++;
                if (p < f.Length && f[p] == 'l') { p++; return FormatLength.LongLong; }
                return FormatLength.Long;
            case (byte)'q': p++; return FormatLength.LongLong;
            case (byte)'L': p++; return FormatLength.LongDouble;
            case (byte)'j': p++; return FormatLength.IntMax;
            case (byte)'z':
            case (byte)'Z': p++; return FormatLength.Size;
            case (byte)'t': p++; return FormatLength.Ptrdiff;
            default: return FormatLength.None;
        }
    }
}

/// <summary>printf flags (C17 7.21.6.1p6) plus glibc's ' (grouping) and I (locale digits).</summary>
[Flags]
public enum PrintfFlags : byte
{
    None = 0,
    /// <summary>-</summary>
    LeftAlign = 1,
    /// <summary>+</summary>
    ShowSign = 2,
    /// <summary>space</summary>
    Space = 4,
    /// <summary>#</summary>
    Alternate = 8,
    /// <summary>0 (cleared when - is also given, as glibc does)</summary>
    ZeroPad = 16,
    /// <summary>' (no effect in the C locale)</summary>
    Grouping = 32,
    /// <summary>I (no effect in the C locale)</summary>
    I18n = 64,
}

/// <summary>
/// The C type a conversion reads from the variable arguments, after the default argument
/// promotions (C17 7.21.6.1p9, 6.5.2.2p6). The VM compares it with the type the caller passed.
/// </summary>
public enum PrintfArgType : byte
{
    /// <summary>No argument (e.g. %%), or a positional gap whose type nothing names.</summary>
    None,
    Int,
    UnsignedInt,
    Long,
    UnsignedLong,
    LongLong,
    UnsignedLongLong,
    IntMax,
    UIntMax,
    /// <summary>size_t (%zu, %zx...)</summary>
    Size,
    /// <summary>the signed type corresponding to size_t (%zd)</summary>
    SignedSize,
    Ptrdiff,
    /// <summary>the unsigned type corresponding to ptrdiff_t (%tu)</summary>
    UnsignedPtrdiff,
    Double,
    LongDouble,
    /// <summary>wint_t (%lc)</summary>
    WInt,
    /// <summary>char* that must point to a string (%s)</summary>
    CharPointer,
    /// <summary>wchar_t* (%ls)</summary>
    WCharPointer,
    /// <summary>void* (%p)</summary>
    VoidPointer,
    /// <summary>signed char* (%hhn)</summary>
    SignedCharPointer,
    /// <summary>short* (%hn)</summary>
    ShortPointer,
    /// <summary>int* (%n)</summary>
    IntPointer,
    /// <summary>long* (%ln)</summary>
    LongPointer,
    /// <summary>long long* (%lln)</summary>
    LongLongPointer,
    /// <summary>intmax_t* (%jn)</summary>
    IntMaxPointer,
    /// <summary>size_t* (%zn)</summary>
    SizePointer,
    /// <summary>ptrdiff_t* (%tn)</summary>
    PtrdiffPointer,
}

/// <summary>How an argument of a given type is fetched from the variable arguments.</summary>
public enum PrintfFetch : byte
{
    None,
    Int32,
    Int64,
    Double,
    Pointer,
}

/// <summary>One conversion specification of a printf format (C17 7.21.6.1p4).</summary>
public sealed record PrintfSpec
{
    /// <summary>The conversion character, e.g. (byte)'d'; 0 when the format ended inside the spec.</summary>
    public required byte Conversion { get; init; }
    public required PrintfFlags Flags { get; init; }
    /// <summary>Field width; -1 when absent or taken from an argument.</summary>
    public required int Width { get; init; }
    /// <summary>True for '*' width.</summary>
    public required bool WidthFromArgument { get; init; }
    /// <summary>0-based argument number of the '*' width (its position in the va_list).</summary>
    public required int WidthArgument { get; init; }
    /// <summary>Precision; -1 when absent or taken from an argument. ".": 0.</summary>
    public required int Precision { get; init; }
    public required bool PrecisionFromArgument { get; init; }
    public required int PrecisionArgument { get; init; }
    public required FormatLength Length { get; init; }
    /// <summary>The length modifier as written ("hh", "l", "q"...), for diagnostics.</summary>
    public required string LengthText { get; init; }
    /// <summary>0-based argument number of the converted value; -1 when the conversion takes none.</summary>
    public required int ValueArgument { get; init; }
    /// <summary>Type the converted value must have after promotions; None when it takes no argument.</summary>
    public required PrintfArgType ValueType { get; init; }
    /// <summary>Whether glibc knows the conversion; unknown ones are printed back literally.</summary>
    public required bool IsKnown { get; init; }
    /// <summary>Whether the value number was written as n$.</summary>
    public required bool IsPositional { get; init; }
    /// <summary>Byte offset of the '%' in the format and the length of the whole spec.</summary>
    public required int Offset { get; init; }
    public required int SpecLength { get; init; }
    /// <summary>Width or precision written as digits larger than INT_MAX (glibc fails with EOVERFLOW).</summary>
    public required bool NumberOverflow { get; init; }

    public bool Has(PrintfFlags flag) => (Flags & flag) != 0;
}

/// <summary>A piece of a parsed format: literal bytes of the format, or one conversion.</summary>
public readonly record struct PrintfPiece(int LiteralOffset, int LiteralLength, PrintfSpec? Spec)
{
    public bool IsLiteral => Spec is null;
}

/// <summary>What a format does that the standard leaves undefined or that glibc rejects.</summary>
public enum PrintfIssueKind : byte
{
    /// <summary>Conversion character glibc does not know (printed literally; UB in C17 7.21.6.1p9).</summary>
    UnknownConversion,
    /// <summary>The format ends inside a conversion spec (glibc: EINVAL, returns -1).</summary>
    IncompleteSpec,
    /// <summary>A length modifier with a conversion it does not apply to (C17 7.21.6.1p7).</summary>
    LengthNotApplicable,
    /// <summary># with a conversion that has no alternative form (C17 7.21.6.1p6).</summary>
    AlternateNotApplicable,
    /// <summary>0 with a conversion that is not numeric (C17 7.21.6.1p6).</summary>
    ZeroNotApplicable,
    /// <summary>Precision with %c, %p or %n (C17 7.21.6.1p4/p8).</summary>
    PrecisionNotApplicable,
    /// <summary>n$ and plain conversions mixed in one format (POSIX leaves it undefined).</summary>
    MixedPositional,
    /// <summary>An argument number n$ that no conversion uses while a later one is used (glibc reads it as int).</summary>
    PositionalGap,
    /// <summary>Width or precision too large for int (glibc: EOVERFLOW).</summary>
    NumberOverflow,
}

/// <summary>One issue found in a format; Spec is the conversion it concerns (null for format-wide issues).</summary>
public sealed record PrintfIssue(PrintfIssueKind Kind, PrintfSpec? Spec, string Message);
