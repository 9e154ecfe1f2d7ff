namespace Altitude.Vm.Libc.Formatting;

/// <summary>The pointer type a scanf conversion stores through (C17 7.21.6.2p10-p12).</summary>
public enum ScanfArgType : byte
{
    /// <summary>No argument: suppressed (*), %%, or an unknown conversion.</summary>
    None,
    SignedCharPointer,
    ShortPointer,
    IntPointer,
    LongPointer,
    LongLongPointer,
    IntMaxPointer,
    SizePointer,
    PtrdiffPointer,
    UnsignedCharPointer,
    UnsignedShortPointer,
    UnsignedIntPointer,
    UnsignedLongPointer,
    UnsignedLongLongPointer,
    UIntMaxPointer,
    FloatPointer,
    DoublePointer,
    LongDoublePointer,
    /// <summary>char array (%c, %s, %[)</summary>
    CharArray,
    /// <summary>wchar_t array (%lc, %ls, %l[)</summary>
    WCharArray,
    /// <summary>void** (%p)</summary>
    VoidPointerPointer,
    /// <summary>char** receiving a malloc'ed array (%ms, %mc, %m[)</summary>
    AllocatedCharArray,
    /// <summary>wchar_t** receiving a malloc'ed array (%mls...)</summary>
    AllocatedWCharArray,
}

/// <summary>One scanf conversion specification (C17 7.21.6.2p3).</summary>
public sealed record ScanfSpec
{
    /// <summary>Conversion character; 0 when the format ends inside the spec.</summary>
    public required byte Conversion { get; init; }
    /// <summary>'*': match but do not store or count.</summary>
    public required bool Suppress { get; init; }
    /// <summary>Maximum field width; -1 when absent (a width of 0 counts as absent, as in glibc).</summary>
    public required int Width { get; init; }
    public required FormatLength Length { get; init; }
    /// <summary>POSIX 'm': the receiver allocates the array.</summary>
    public required bool Allocate { get; init; }
    /// <summary>0-based argument number the result is stored through (n$ or sequential); -1 when none.</summary>
    public required int Argument { get; init; }
    public required bool IsPositional { get; init; }
    public required ScanfArgType ValueType { get; init; }
    public required bool IsKnown { get; init; }
    /// <summary>For %[: which bytes the scanset matches (already inverted for ^).</summary>
    public bool[]? ScanSet { get; init; }
    public required int Offset { get; init; }
    public required int SpecLength { get; init; }

    /// <summary>True for %lc/%ls/%l[ (wide results).</summary>
    public bool IsWide => ValueType is ScanfArgType.WCharArray or ScanfArgType.AllocatedWCharArray;
}

public enum ScanfDirectiveKind : byte
{
    /// <summary>White space in the format: skips any white space in the input.</summary>
    WhiteSpace,
    /// <summary>An ordinary byte that must match the next input byte.</summary>
    Literal,
    Conversion,
}

/// <summary>A directive of a scanf format (C17 7.21.6.2p3).</summary>
public readonly record struct ScanfDirective(ScanfDirectiveKind Kind, byte Literal, ScanfSpec? Spec);

/// <summary>A parsed scanf format: directives and the issues a checker reports.</summary>
public sealed class ScanfFormat
{
    private readonly ScanfDirective[] _directives;

    private ScanfFormat(ScanfDirective[] directives, IReadOnlyList<string> issues)
    {
        _directives = directives;
        Issues = issues;
    }

    public IReadOnlyList<ScanfDirective> Directives => _directives;

    internal ScanfDirective[] DirectiveArray => _directives;

    /// <summary>Human-readable problems: unknown conversions, unterminated scansets, misplaced modifiers.</summary>
    public IReadOnlyList<string> Issues { get; }

    /// <summary>The argument types in va_list order (for checking the call).</summary>
    public IEnumerable<ScanfArgType> ArgumentTypes()
    {
        var list = new SortedDictionary<int, ScanfArgType>();
        foreach (var d in _directives)
            if (d.Spec is { Argument: >= 0 } s) list[s.Argument] = s.ValueType;
        return list.Values;
    }

    public static ScanfFormat Parse(ReadOnlySpan<byte> format)
    {
        int nul = format.IndexOf((byte)0);
        if (nul >= 0) format = format[..nul];
        var f = format.ToArray();
        var list = new List<ScanfDirective>();
        var issues = new List<string>();
        int sequential = 0;
        int i = 0;
        while (i < f.Length)
        {
            byte b = f[i];
            if (b != '%')
            {
                list.Add(StrToInteger.IsSpace(b) ? new ScanfDirective(ScanfDirectiveKind.WhiteSpace, b, null) : new ScanfDirective(ScanfDirectiveKind.Literal, b, null));
                i++;
                continue;
            }
            var spec = ParseSpec(f, i, ref sequential, issues);
            list.Add(new ScanfDirective(ScanfDirectiveKind.Conversion, 0, spec));
            i += spec.SpecLength;
        }
        return new ScanfFormat(list.ToArray(), issues);
    }

    // C17 7.21.6.2p3: % [*] [width] [length] conversion, with POSIX n$ and m.
    private static ScanfSpec ParseSpec(byte[] f, int start, ref int sequential, List<string> issues)
    {
        int p = start + 1;
        int argument = -1;
        bool positional = false;
        if (p < f.Length && f[p] >= '0' && f[p] <= '9')
        {
            int q = p;
            long n = PrintfFormat.ReadNumber(f, ref q, out bool ovf);
            if (q < f.Length && f[q] == '$' && n != 0 && !ovf)
            {
                argument = (int)n - 1;
                positional = true;
                p = q + 1;
            }
        }
        bool suppress = false;
        while (p < f.Length && (f[p] == '*' || f[p] == '\'' || f[p] == 'I'))
        {
            if (f[p] == '*') suppress = true;
            p++;
        }
        int width = -1;
        if (p < f.Length && f[p] >= '0' && f[p] <= '9')
        {
            long n = PrintfFormat.ReadNumber(f, ref p, out bool ovf);
            width = ovf ? int.MaxValue : (int)n;
            if (width == 0) width = -1;
        }
        bool allocate = false;
        if (p < f.Length && f[p] == 'm')
        {
            allocate = true;
            p++;
        }
        var length = FormatLengths.Read(f, ref p);
        byte conv = p < f.Length ? f[p++] : (byte)0;
        bool[]? set = null;
        bool known = true;
        if (conv == '[')
        {
            set = ParseScanSet(f, ref p, out bool closed);
            if (!closed)
            {
                known = false;
                issues.Add("unterminated scanset in %[");
            }
        }
        var type = known ? TypeOf(conv, length, allocate, out known) : ScanfArgType.None;
        if (conv == 0) issues.Add("format ends inside a conversion specification");
        else if (!known && conv != '[') issues.Add($"unknown conversion '%{(char)conv}'");
        int arg = -1;
        if (!suppress && type != ScanfArgType.None)
            arg = positional ? argument : sequential++;
        return new ScanfSpec
        {
            Conversion = conv,
            Suppress = suppress,
            Width = width,
            Length = length,
            Allocate = allocate,
            Argument = arg,
            IsPositional = positional,
            ValueType = suppress ? ScanfArgType.None : type,
            IsKnown = known,
            ScanSet = set,
            Offset = start,
            SpecLength = p - start,
        };
    }

    /// <summary>glibc's scanset rules: ^ negates, a leading ] is a member, a-z ranges when ordered.</summary>
    private static bool[] ParseScanSet(byte[] f, ref int p, out bool closed)
    {
        var set = new bool[256];
        bool negate = false;
        if (p < f.Length && f[p] == '^') { negate = true; p++; }
        // A ']' or '-' before any other member is a member itself.
        if (p < f.Length && (f[p] == ']' || f[p] == '-')) { set[f[p]] = true; p++; }
        closed = false;
        while (p < f.Length)
        {
            byte fc = f[p++];
            if (fc == ']') { closed = true; break; }
            // A '-' between two bytes (the first not above the second) adds the range; the end byte
            // is added by the next round.
            if (fc == '-' && p < f.Length && f[p] != ']' && f[p - 2] <= f[p])
            {
                for (int c = f[p - 2]; c < f[p]; c++) set[c] = true;
            }
            else
            {
                set[fc] = true;
            }
        }
        if (negate)
            for (int c = 0; c < 256; c++) set[c] = !set[c];
        return set;
    }

    private static ScanfArgType TypeOf(byte conv, FormatLength length, bool allocate, out bool known)
    {
        known = true;
        switch (conv)
        {
            case (byte)'d':
            case (byte)'i':
            case (byte)'n':
                return length switch
                {
                    FormatLength.Char => ScanfArgType.SignedCharPointer,
                    FormatLength.Short => ScanfArgType.ShortPointer,
                    FormatLength.Long => ScanfArgType.LongPointer,
                    FormatLength.LongLong or FormatLength.LongDouble => ScanfArgType.LongLongPointer,
                    FormatLength.IntMax => ScanfArgType.IntMaxPointer,
                    FormatLength.Size => ScanfArgType.SizePointer,
                    FormatLength.Ptrdiff => ScanfArgType.PtrdiffPointer,
                    _ => ScanfArgType.IntPointer,
                };
            case (byte)'o':
            case (byte)'u':
            case (byte)'x':
            case (byte)'X':
                return length switch
                {
                    FormatLength.Char => ScanfArgType.UnsignedCharPointer,
                    FormatLength.Short => ScanfArgType.UnsignedShortPointer,
                    FormatLength.Long => ScanfArgType.UnsignedLongPointer,
                    FormatLength.LongLong or FormatLength.LongDouble => ScanfArgType.UnsignedLongLongPointer,
                    FormatLength.IntMax => ScanfArgType.UIntMaxPointer,
                    FormatLength.Size => ScanfArgType.SizePointer,
                    FormatLength.Ptrdiff => ScanfArgType.PtrdiffPointer,
                    _ => ScanfArgType.UnsignedIntPointer,
                };
            case (byte)'e':
            case (byte)'E':
            case (byte)'f':
            case (byte)'F':
            case (byte)'g':
            case (byte)'G':
            case (byte)'a':
            case (byte)'A':
                return length switch
                {
                    FormatLength.Long => ScanfArgType.DoublePointer,
                    FormatLength.LongLong or FormatLength.LongDouble => ScanfArgType.LongDoublePointer,
                    _ => ScanfArgType.FloatPointer,
                };
            case (byte)'c':
            case (byte)'s':
            case (byte)'[':
                if (length == FormatLength.Long) return allocate ? ScanfArgType.AllocatedWCharArray : ScanfArgType.WCharArray;
                return allocate ? ScanfArgType.AllocatedCharArray : ScanfArgType.CharArray;
            case (byte)'C':
            case (byte)'S':
                return allocate ? ScanfArgType.AllocatedWCharArray : ScanfArgType.WCharArray;
            case (byte)'p':
                return ScanfArgType.VoidPointerPointer;
            case (byte)'%':
                return ScanfArgType.None;
            default:
                known = false;
                return ScanfArgType.None;
        }
    }
}
