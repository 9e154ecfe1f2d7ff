namespace Altitude.Vm.Libc.Formatting;

/// <summary>
/// A parsed printf format (C17 7.21.6.1): literal pieces and conversion specs, the types of the
/// arguments in va_list order, and the issues a checker should report. Immutable; parse once per
/// format string and reuse.
/// </summary>
public sealed class PrintfFormat
{
    /// <summary>Largest n in n$ / *n$ that Altitude accepts; larger ones fail like an overflowing width.</summary>
    public const int MaxArgumentNumber = 65535;

    private readonly byte[] _text;
    private readonly PrintfPiece[] _pieces;
    private readonly PrintfArgType[] _argumentTypes;
    private readonly PrintfIssue[] _issues;

    private PrintfFormat(byte[] text, PrintfPiece[] pieces, PrintfArgType[] argumentTypes, PrintfIssue[] issues, bool positional)
    {
        _text = text;
        _pieces = pieces;
        _argumentTypes = argumentTypes;
        _issues = issues;
        IsPositional = positional;
    }

    /// <summary>The format bytes (without the terminating NUL).</summary>
    public ReadOnlySpan<byte> Text => _text;

    public IReadOnlyList<PrintfPiece> Pieces => _pieces;

    /// <summary>Argument types in va_list order (widths and precisions from '*' are Int).</summary>
    public IReadOnlyList<PrintfArgType> ArgumentTypes => _argumentTypes;

    public IReadOnlyList<PrintfIssue> Issues => _issues;

    /// <summary>True when some spec uses n$: all arguments are then fetched before any output.</summary>
    public bool IsPositional { get; }

    internal PrintfPiece[] PieceArray => _pieces;
    internal PrintfArgType[] ArgumentTypeArray => _argumentTypes;

    public ReadOnlySpan<byte> Literal(in PrintfPiece piece) => _text.AsSpan(piece.LiteralOffset, piece.LiteralLength);

    /// <summary>Parses a format; the span ends at the format's NUL (or is the whole format).</summary>
    public static PrintfFormat Parse(ReadOnlySpan<byte> format)
    {
        int nul = format.IndexOf((byte)0);
        if (nul >= 0) format = format[..nul];
        var text = format.ToArray();
        var result = ParseAll(text, positionalFormat: false);
        // glibc's two parsers differ on L and q with %c/%s: its sequential path makes them wide,
        // its positional parser does not. Re-parse when the format turns out to be positional.
        return result.IsPositional ? ParseAll(text, positionalFormat: true) : result;
    }

    private static PrintfFormat ParseAll(byte[] text, bool positionalFormat)
    {
        var pieces = new List<PrintfPiece>();
        var issues = new List<PrintfIssue>();
        var types = new List<PrintfArgType>();
        int sequential = 0; // next argument number for specs without n$ (glibc numbers them apart)
        bool anyPositional = false, anyPlain = false;
        int i = 0;
        while (i < text.Length)
        {
            int pct = Array.IndexOf(text, (byte)'%', i);
            if (pct < 0) pct = text.Length;
            if (pct > i) pieces.Add(new PrintfPiece(i, pct - i, null));
            if (pct >= text.Length) break;
            var spec = ParseSpec(text, pct, positionalFormat, ref sequential, out bool usesPositional, out bool usesPlain);
            anyPositional |= usesPositional;
            anyPlain |= usesPlain;
            pieces.Add(new PrintfPiece(pct, spec.SpecLength, spec));
            if (spec.WidthFromArgument) SetType(types, spec.WidthArgument, PrintfArgType.Int);
            if (spec.PrecisionFromArgument) SetType(types, spec.PrecisionArgument, PrintfArgType.Int);
            if (spec.ValueArgument >= 0) SetType(types, spec.ValueArgument, spec.ValueType);
            CheckSpec(spec, issues);
            i = pct + spec.SpecLength;
        }
        if (anyPositional && anyPlain)
            issues.Add(new PrintfIssue(PrintfIssueKind.MixedPositional, null, "numbered (n$) and unnumbered conversions are mixed"));
        if (anyPositional)
        {
            for (int a = 0; a < types.Count; a++)
            {
                if (types[a] == PrintfArgType.None)
                    issues.Add(new PrintfIssue(PrintfIssueKind.PositionalGap, null, $"argument {a + 1} is not used by any conversion"));
            }
        }
        return new PrintfFormat(text, pieces.ToArray(), types.ToArray(), issues.ToArray(), anyPositional);
    }

    private static void SetType(List<PrintfArgType> types, int index, PrintfArgType type)
    {
        while (types.Count <= index) types.Add(PrintfArgType.None);
        // glibc: a later spec naming the same argument decides its type; equal types are the norm.
        types[index] = type;
    }

    // C17 7.21.6.1p4: % flags* width? (. precision)? length? conversion, with n$ / *m$ (POSIX).
    private static PrintfSpec ParseSpec(byte[] f, int start, bool positionalFormat, ref int sequential, out bool usesPositional, out bool usesPlain)
    {
        int p = start + 1;
        int valueArg = -1;
        bool positional = false, overflow = false;
        usesPositional = false;
        usesPlain = false;

        // n$ : only when the digits are followed by '$' and n != 0 (as glibc).
        if (p < f.Length && IsDigit(f[p]))
        {
            int q = p;
            long n = ReadNumber(f, ref q, out bool ovf);
            if (q < f.Length && f[q] == '$' && n != 0 && !ovf)
            {
                valueArg = (int)n - 1;
                if (n > MaxArgumentNumber)
                {
                    overflow = true; // no list of a million argument slots; the call fails
                    valueArg = 0;
                }
                positional = true;
                usesPositional = true;
                p = q + 1;
            }
        }

        var flags = PrintfFlags.None;
        for (; p < f.Length; p++)
        {
            PrintfFlags flag = f[p] switch
            {
                (byte)'-' => PrintfFlags.LeftAlign,
                (byte)'+' => PrintfFlags.ShowSign,
                (byte)' ' => PrintfFlags.Space,
                (byte)'#' => PrintfFlags.Alternate,
                (byte)'0' => PrintfFlags.ZeroPad,
                (byte)'\'' => PrintfFlags.Grouping,
                (byte)'I' => PrintfFlags.I18n,
                _ => PrintfFlags.None,
            };
            if (flag == PrintfFlags.None) break;
            flags |= flag;
        }
        if ((flags & PrintfFlags.LeftAlign) != 0) flags &= ~PrintfFlags.ZeroPad;

        int width = -1, widthArg = -1;
        bool widthStar = false;
        if (p < f.Length && f[p] == '*')
        {
            widthStar = true;
            p++;
            widthArg = ReadStarArgument(f, ref p, ref sequential, ref usesPositional, ref usesPlain, ref overflow);
        }
        else if (p < f.Length && IsDigit(f[p]))
        {
            long n = ReadNumber(f, ref p, out bool ovf);
            overflow |= ovf;
            width = ovf ? int.MaxValue : (int)n;
        }

        int precision = -1, precisionArg = -1;
        bool precisionStar = false;
        if (p < f.Length && f[p] == '.')
        {
            p++;
            if (p < f.Length && f[p] == '*')
            {
                precisionStar = true;
                p++;
                precisionArg = ReadStarArgument(f, ref p, ref sequential, ref usesPositional, ref usesPlain, ref overflow);
            }
            else if (p < f.Length && IsDigit(f[p]))
            {
                long n = ReadNumber(f, ref p, out bool ovf);
                overflow |= ovf;
                precision = ovf ? int.MaxValue : (int)n;
            }
            else
            {
                precision = 0;
            }
        }

        int lengthStart = p;
        var length = FormatLengths.Read(f, ref p);
        // glibc's is_long: 'l', 'll', j, z and t make %c/%s wide; 'L' and 'q' do so only in formats
        // without positional arguments.
        bool isLong = length switch
        {
            FormatLength.Long or FormatLength.IntMax or FormatLength.Size or FormatLength.Ptrdiff => true,
            FormatLength.LongLong when f[lengthStart] == 'l' => true,
            FormatLength.LongLong or FormatLength.LongDouble => !positionalFormat,
            _ => false,
        };
        string lengthText = System.Text.Encoding.ASCII.GetString(f, lengthStart, p - lengthStart);

        byte conversion = p < f.Length ? f[p] : (byte)0;
        if (p < f.Length) p++;
        var type = ValueTypeOf(conversion, length, isLong, out bool known);
        if (type != PrintfArgType.None)
        {
            if (!positional)
            {
                valueArg = sequential++;
                usesPlain = true;
            }
        }
        else
        {
            valueArg = -1; // %%, %m and unknown conversions take no value
        }

        return new PrintfSpec
        {
            Conversion = conversion,
            Flags = flags,
            Width = width,
            WidthFromArgument = widthStar,
            WidthArgument = widthArg,
            Precision = precision,
            PrecisionFromArgument = precisionStar,
            PrecisionArgument = precisionArg,
            Length = length,
            LengthText = lengthText,
            ValueArgument = valueArg,
            ValueType = type,
            IsKnown = known,
            IsPositional = positional,
            Offset = start,
            SpecLength = p - start,
            NumberOverflow = overflow,
        };
    }

    private static int ReadStarArgument(byte[] f, ref int p, ref int sequential, ref bool usesPositional, ref bool usesPlain, ref bool overflow)
    {
        if (p < f.Length && IsDigit(f[p]))
        {
            int q = p;
            long n = ReadNumber(f, ref q, out bool ovf);
            if (q < f.Length && f[q] == '$' && n != 0 && !ovf)
            {
                p = q + 1;
                usesPositional = true;
                if (n > MaxArgumentNumber)
                {
                    overflow = true;
                    return 0;
                }
                return (int)n - 1;
            }
        }
        usesPlain = true;
        return sequential++;
    }

    /// <summary>The argument type a conversion reads (after promotions); None for %%, %m and unknown ones.</summary>
    internal static PrintfArgType ValueTypeOf(byte conversion, FormatLength length, bool isLong, out bool known)
    {
        known = true;
        switch (conversion)
        {
            case (byte)'d':
            case (byte)'i':
                return length switch
                {
                    FormatLength.Long => PrintfArgType.Long,
                    FormatLength.LongLong or FormatLength.LongDouble => PrintfArgType.LongLong,
                    FormatLength.IntMax => PrintfArgType.IntMax,
                    FormatLength.Size => PrintfArgType.SignedSize,
                    FormatLength.Ptrdiff => PrintfArgType.Ptrdiff,
                    _ => PrintfArgType.Int, // hh and h arguments arrive promoted to int
                };
            case (byte)'o':
            case (byte)'u':
            case (byte)'x':
            case (byte)'X':
            case (byte)'b':
            case (byte)'B':
                return length switch
                {
                    FormatLength.Long => PrintfArgType.UnsignedLong,
                    FormatLength.LongLong or FormatLength.LongDouble => PrintfArgType.UnsignedLongLong,
                    FormatLength.IntMax => PrintfArgType.UIntMax,
                    FormatLength.Size => PrintfArgType.Size,
                    FormatLength.Ptrdiff => PrintfArgType.UnsignedPtrdiff,
                    _ => PrintfArgType.UnsignedInt,
                };
            case (byte)'f':
            case (byte)'F':
            case (byte)'e':
            case (byte)'E':
            case (byte)'g':
            case (byte)'G':
            case (byte)'a':
            case (byte)'A':
                // glibc's is_long_double is set by L, q and ll alike.
                return length is FormatLength.LongDouble or FormatLength.LongLong ? PrintfArgType.LongDouble : PrintfArgType.Double;
            case (byte)'c':
                return isLong ? PrintfArgType.WInt : PrintfArgType.Int;
            case (byte)'C':
                return PrintfArgType.WInt;
            case (byte)'s':
                return isLong ? PrintfArgType.WCharPointer : PrintfArgType.CharPointer;
            case (byte)'S':
                return PrintfArgType.WCharPointer;
            case (byte)'p':
                return PrintfArgType.VoidPointer;
            case (byte)'n':
                return length switch
                {
                    FormatLength.Char => PrintfArgType.SignedCharPointer,
                    FormatLength.Short => PrintfArgType.ShortPointer,
                    FormatLength.Long => PrintfArgType.LongPointer,
                    FormatLength.LongLong or FormatLength.LongDouble => PrintfArgType.LongLongPointer,
                    FormatLength.IntMax => PrintfArgType.IntMaxPointer,
                    FormatLength.Size => PrintfArgType.SizePointer,
                    FormatLength.Ptrdiff => PrintfArgType.PtrdiffPointer,
                    _ => PrintfArgType.IntPointer,
                };
            case (byte)'%':
            case (byte)'m':
                return PrintfArgType.None;
            default:
                known = false;
                return PrintfArgType.None;
        }
    }

    /// <summary>How the formatter fetches an argument of this type.</summary>
    public static PrintfFetch FetchOf(PrintfArgType type) => type switch
    {
        PrintfArgType.None or PrintfArgType.Int or PrintfArgType.UnsignedInt or PrintfArgType.WInt => PrintfFetch.Int32,
        PrintfArgType.Double or PrintfArgType.LongDouble => PrintfFetch.Double,
        PrintfArgType.Long or PrintfArgType.UnsignedLong or PrintfArgType.LongLong or PrintfArgType.UnsignedLongLong
            or PrintfArgType.IntMax or PrintfArgType.UIntMax or PrintfArgType.Size or PrintfArgType.SignedSize
            or PrintfArgType.Ptrdiff or PrintfArgType.UnsignedPtrdiff => PrintfFetch.Int64,
        _ => PrintfFetch.Pointer,
    };

    private static void CheckSpec(PrintfSpec s, List<PrintfIssue> issues)
    {
        char c = (char)s.Conversion;
        if (s.Conversion == 0)
        {
            issues.Add(new PrintfIssue(PrintfIssueKind.IncompleteSpec, s, "format ends inside a conversion specification"));
            return;
        }
        if (!s.IsKnown)
        {
            issues.Add(new PrintfIssue(PrintfIssueKind.UnknownConversion, s, $"unknown conversion specifier '{Printable(c)}'"));
            return;
        }
        if (s.NumberOverflow)
            issues.Add(new PrintfIssue(PrintfIssueKind.NumberOverflow, s, "field width or precision is larger than INT_MAX"));
        bool integer = "diouxXbB".Contains(c);
        bool floating = "fFeEgGaA".Contains(c);
        if (s.Length != FormatLength.None)
        {
            bool ok = s.Length switch
            {
                FormatLength.LongDouble => floating || integer, // glibc reads long long for integers
                FormatLength.Long => integer || floating || c is 'c' or 's' or 'n',
                _ => integer || c == 'n',
            };
            if (!ok)
                issues.Add(new PrintfIssue(PrintfIssueKind.LengthNotApplicable, s, $"length modifier '{s.LengthText}' with conversion '%{c}'"));
        }
        if (s.Has(PrintfFlags.Alternate) && !(floating || c is 'o' or 'x' or 'X' or 'b' or 'B' or 'm'))
            issues.Add(new PrintfIssue(PrintfIssueKind.AlternateNotApplicable, s, $"'#' flag with conversion '%{c}'"));
        if (s.Has(PrintfFlags.ZeroPad) && !(floating || integer))
            issues.Add(new PrintfIssue(PrintfIssueKind.ZeroNotApplicable, s, $"'0' flag with conversion '%{c}'"));
        if ((s.Precision >= 0 || s.PrecisionFromArgument) && c is 'c' or 'C' or 'p' or 'n')
            issues.Add(new PrintfIssue(PrintfIssueKind.PrecisionNotApplicable, s, $"precision with conversion '%{c}'"));
    }

    private static string Printable(char c) => c is >= ' ' and < (char)127 ? c.ToString() : $"\\x{(int)c:x2}";

    private static bool IsDigit(byte b) => b >= '0' && b <= '9';

    /// <summary>glibc's read_int: decimal digits; overflow when above INT_MAX.</summary>
    internal static long ReadNumber(byte[] f, ref int p, out bool overflow)
    {
        long n = 0;
        overflow = false;
        while (p < f.Length && IsDigit(f[p]))
        {
            if (!overflow)
            {
                n = n * 10 + (f[p] - '0');
                if (n > int.MaxValue) overflow = true;
            }
            p++;
        }
        return n;
    }
}
