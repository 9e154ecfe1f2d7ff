using System.Globalization;

namespace Altitude.Vm.Libc.Formatting;

/// <summary>Outcome of a printf call: bytes written (what printf returns) or -1, and the errno it set (0: none).</summary>
public readonly record struct PrintfResult(int Count, int Errno)
{
    public bool Failed => Count < 0;
}

/// <summary>
/// Executes a parsed printf format (C17 7.21.6.1) exactly as glibc 2.36 does in the C locale,
/// writing bytes to a <see cref="ByteSink"/>. On failure (-1) the bytes produced before the
/// failing conversion stay in the sink, as they would in glibc's stream buffer.
/// </summary>
public static class PrintfFormatter
{
    private struct ArgValue
    {
        public long Bits;
        public double Double;
    }

    [ThreadStatic] private static ByteSink? t_scratch;

    /// <summary>Formats into <paramref name="output"/>; <paramref name="errno"/> is the errno value %m prints.</summary>
    /// <param name="pieceEnds">When given, receives the output length after each literal run and each
    /// conversion: glibc hands these pieces to the stream one by one, which decides when a small
    /// stream buffer is written.</param>
    public static PrintfResult Format<TArgs>(PrintfFormat format, ref TArgs args, ByteSink output, int errno, List<long>? pieceEnds = null)
        where TArgs : IPrintfArguments
    {
        long start = output.TotalLength;
        ArgValue[]? values = null;
        var pieces = format.PieceArray;
        bool fetched = false;
        for (int pi = 0; pi < pieces.Length; pi++)
        {
            ref readonly var piece = ref pieces[pi];
            if (piece.Spec is not { } spec)
            {
                output.Append(format.Literal(piece));
                pieceEnds?.Add(output.TotalLength - start);
                if (output.TotalLength - start > int.MaxValue) return new PrintfResult(-1, ErrnoTable.EOVERFLOW);
                continue;
            }
            if (format.IsPositional && !fetched)
            {
                // glibc reads every argument, in order and by type, before the first positional conversion.
                values = FetchAll(format, ref args);
                fetched = true;
            }
            if (spec.Conversion == 0 && !format.IsPositional) return new PrintfResult(-1, ErrnoTable.EINVAL);
            if (spec.NumberOverflow) return new PrintfResult(-1, ErrnoTable.EOVERFLOW);

            var flags = spec.Flags;
            int width = spec.Width;
            if (spec.WidthFromArgument)
            {
                long w = GetInt32(ref args, values, spec.WidthArgument);
                if (w < 0)
                {
                    w = -w;
                    flags = (flags | PrintfFlags.LeftAlign) & ~PrintfFlags.ZeroPad;
                }
                if (w > int.MaxValue) return new PrintfResult(-1, ErrnoTable.EOVERFLOW);
                width = (int)w;
            }
            if (width < 0) width = 0;
            int precision = spec.Precision;
            if (spec.PrecisionFromArgument)
            {
                int pr = GetInt32(ref args, values, spec.PrecisionArgument);
                precision = pr < 0 ? -1 : pr;
            }

            int error = Convert(spec, flags, width, precision, ref args, values, output, start, errno);
            pieceEnds?.Add(output.TotalLength - start);
            if (error != 0) return new PrintfResult(-1, error);
            if (output.TotalLength - start > int.MaxValue) return new PrintfResult(-1, ErrnoTable.EOVERFLOW);
        }
        return new PrintfResult((int)(output.TotalLength - start), 0);
    }

    /// <summary>Convenience: formats to a new byte array (tests, sprintf-like callers).</summary>
    public static byte[] FormatToArray<TArgs>(PrintfFormat format, ref TArgs args, int errno, out PrintfResult result)
        where TArgs : IPrintfArguments
    {
        var sink = new ByteSink();
        result = Format(format, ref args, sink, errno);
        return sink.ToArray();
    }

    private static ArgValue[] FetchAll<TArgs>(PrintfFormat format, ref TArgs args) where TArgs : IPrintfArguments
    {
        var types = format.ArgumentTypeArray;
        var values = new ArgValue[types.Length];
        for (int i = 0; i < types.Length; i++)
        {
            var t = types[i];
            switch (PrintfFormat.FetchOf(t))
            {
                case PrintfFetch.Int32: values[i].Bits = args.NextInt32(t); break;
                case PrintfFetch.Int64: values[i].Bits = args.NextInt64(t); break;
                case PrintfFetch.Double: values[i].Double = args.NextDouble(t); break;
                default: values[i].Bits = (long)args.NextPointer(t); break;
            }
        }
        return values;
    }

    private static int GetInt32<TArgs>(ref TArgs args, ArgValue[]? values, int index) where TArgs : IPrintfArguments =>
        values is null ? args.NextInt32(PrintfArgType.Int) : (int)values[index].Bits;

    private static long GetInt64<TArgs>(ref TArgs args, ArgValue[]? values, int index, PrintfArgType type) where TArgs : IPrintfArguments
    {
        if (values is not null) return values[index].Bits;
        return PrintfFormat.FetchOf(type) == PrintfFetch.Int32 ? args.NextInt32(type) : args.NextInt64(type);
    }

    private static double GetDouble<TArgs>(ref TArgs args, ArgValue[]? values, int index, PrintfArgType type) where TArgs : IPrintfArguments =>
        values is null ? args.NextDouble(type) : values[index].Double;

    private static ulong GetPointer<TArgs>(ref TArgs args, ArgValue[]? values, int index, PrintfArgType type) where TArgs : IPrintfArguments =>
        values is null ? args.NextPointer(type) : (ulong)values[index].Bits;

    // C17 7.21.6.1p8: the conversion specifiers and their meanings.
    private static int Convert<TArgs>(PrintfSpec spec, PrintfFlags flags, int width, int precision, ref TArgs args,
        ArgValue[]? values, ByteSink o, long start, int errno) where TArgs : IPrintfArguments
    {
        byte c = spec.Conversion;
        int arg = spec.ValueArgument;
        switch (c)
        {
            case (byte)'%':
                o.Append((byte)'%');
                return 0;
            case (byte)'d':
            case (byte)'i':
            {
                long v = GetInt64(ref args, values, arg, spec.ValueType);
                v = spec.Length switch
                {
                    FormatLength.Char => (sbyte)v,
                    FormatLength.Short => (short)v,
                    FormatLength.None => (int)v,
                    _ => v,
                };
                ulong mag = v < 0 ? (ulong)(-(v + 1)) + 1 : (ulong)v;
                WriteInteger(o, mag, v < 0, 10, c, flags, width, precision);
                return 0;
            }
            case (byte)'o':
            case (byte)'u':
            case (byte)'x':
            case (byte)'X':
            case (byte)'b':
            case (byte)'B':
            {
                ulong v = (ulong)GetInt64(ref args, values, arg, spec.ValueType);
                v = spec.Length switch
                {
                    FormatLength.Char => (byte)v,
                    FormatLength.Short => (ushort)v,
                    FormatLength.None => (uint)v,
                    _ => v,
                };
                int radix = c switch { (byte)'o' => 8, (byte)'u' => 10, (byte)'b' or (byte)'B' => 2, _ => 16 };
                // glibc: unsigned conversions ignore + and space.
                WriteInteger(o, v, false, radix, c, flags & ~(PrintfFlags.ShowSign | PrintfFlags.Space), width, precision);
                return 0;
            }
            case (byte)'p':
            {
                ulong p = GetPointer(ref args, values, arg, spec.ValueType);
                if (p == 0)
                {
                    // glibc prints "(nil)" as a string whose precision is at least 5.
                    WritePadded(o, "(nil)"u8, flags, width);
                    return 0;
                }
                // glibc treats %p as %#lx, keeping + and space.
                WriteInteger(o, p, false, 16, (byte)'x', flags | PrintfFlags.Alternate, width, precision);
                return 0;
            }
            case (byte)'f':
            case (byte)'F':
            case (byte)'e':
            case (byte)'E':
            case (byte)'g':
            case (byte)'G':
            case (byte)'a':
            case (byte)'A':
                WriteFloat(o, GetDouble(ref args, values, arg, spec.ValueType), c, flags, width, precision);
                return 0;
            case (byte)'c':
            case (byte)'C':
            {
                int v = GetInt32Value(ref args, values, arg, spec.ValueType);
                if (spec.ValueType == PrintfArgType.WInt)
                {
                    // wcrtomb in the C locale (ASCII): anything above 0x7f is EILSEQ.
                    if ((uint)v > 0x7f) return ErrnoTable.EILSEQ;
                }
                Span<byte> one = [(byte)v];
                WritePadded(o, one, flags, width);
                return 0;
            }
            case (byte)'s':
            case (byte)'S':
                return spec.ValueType == PrintfArgType.WCharPointer
                    ? WriteWideString(ref args, values, arg, o, flags, width, precision)
                    : WriteString(ref args, values, arg, o, flags, width, precision);
            case (byte)'n':
            {
                ulong p = GetPointer(ref args, values, arg, spec.ValueType);
                args.StoreCount(arg, p, spec.ValueType, o.TotalLength - start);
                return 0;
            }
            case (byte)'m':
            {
                if ((flags & PrintfFlags.Alternate) != 0)
                {
                    string? name = ErrnoTable.Name(errno);
                    if (name is null)
                    {
                        ulong mag = errno < 0 ? (ulong)(-(long)errno) : (ulong)errno;
                        WriteInteger(o, mag, errno < 0, 10, (byte)'d', flags & ~PrintfFlags.Alternate, width, precision);
                        return 0;
                    }
                    WriteAsciiString(o, name, flags, width, precision);
                    return 0;
                }
                WriteAsciiString(o, ErrnoTable.Message(errno), flags, width, precision);
                return 0;
            }
            default:
                WriteUnknown(o, spec, flags, width, precision);
                return 0;
        }
    }

    private static int GetInt32Value<TArgs>(ref TArgs args, ArgValue[]? values, int index, PrintfArgType type) where TArgs : IPrintfArguments =>
        values is null ? args.NextInt32(type) : (int)values[index].Bits;

    /// <summary>glibc's "number" path: precision, # prefixes, sign, zero or space padding.</summary>
    private static void WriteInteger(ByteSink o, ulong value, bool negative, int radix, byte conversion, PrintfFlags flags,
        int width, int precision)
    {
        bool left = (flags & PrintfFlags.LeftAlign) != 0;
        bool alt = (flags & PrintfFlags.Alternate) != 0;
        bool zeroPad = (flags & PrintfFlags.ZeroPad) != 0 && !left;
        if (precision < 0) precision = 1;
        else zeroPad = false; // a precision turns the 0 flag off for integers

        Span<byte> work = stackalloc byte[66];
        int pos = work.Length;
        if (precision == 0 && value == 0)
        {
            if (radix == 8 && alt) work[--pos] = (byte)'0';
        }
        else
        {
            ReadOnlySpan<byte> digitChars = conversion == 'X' ? "0123456789ABCDEF"u8 : "0123456789abcdef"u8;
            ulong v = value;
            do
            {
                work[--pos] = digitChars[(int)(v % (uint)radix)];
                v /= (uint)radix;
            } while (v != 0);
            if (radix == 8 && alt && value != 0 && precision <= work.Length - pos) work[--pos] = (byte)'0';
        }
        var digits = work[pos..];
        int zeros = Math.Max(0, precision - digits.Length);
        bool prefix = value != 0 && alt && (radix == 16 || radix == 2);
        byte sign = negative ? (byte)'-' : (flags & PrintfFlags.ShowSign) != 0 ? (byte)'+' : (flags & PrintfFlags.Space) != 0 ? (byte)' ' : (byte)0;
        long used = (long)digits.Length + zeros + (prefix ? 2 : 0) + (sign != 0 ? 1 : 0);
        int pad = (int)Math.Max(0, width - used);
        if (!left && !zeroPad) o.AppendRepeat((byte)' ', pad);
        if (sign != 0) o.Append(sign);
        if (prefix)
        {
            o.Append((byte)'0');
            o.Append(conversion);
        }
        if (!left && zeroPad) o.AppendRepeat((byte)'0', pad);
        o.AppendRepeat((byte)'0', zeros);
        o.Append(digits);
        if (left) o.AppendRepeat((byte)' ', pad);
    }

    private static void WriteFloat(ByteSink o, double v, byte conversion, PrintfFlags flags, int width, int precision)
    {
        bool upper = conversion is (byte)'F' or (byte)'E' or (byte)'G' or (byte)'A';
        bool left = (flags & PrintfFlags.LeftAlign) != 0;
        bool alt = (flags & PrintfFlags.Alternate) != 0;
        bool negative = BitConverter.DoubleToInt64Bits(v) < 0;
        byte sign = negative ? (byte)'-' : (flags & PrintfFlags.ShowSign) != 0 ? (byte)'+' : (flags & PrintfFlags.Space) != 0 ? (byte)' ' : (byte)0;
        double a = Math.Abs(v);
        var body = t_scratch ??= new ByteSink();
        body.Clear();
        bool special = !double.IsFinite(v);
        bool hex = conversion is (byte)'a' or (byte)'A';
        ZeroRun zeros = default;
        if (special)
        {
            body.Append(double.IsNaN(v) ? (upper ? "NAN"u8 : "nan"u8) : (upper ? "INF"u8 : "inf"u8));
        }
        else
        {
            switch (conversion)
            {
                case (byte)'f':
                case (byte)'F':
                    FloatFormatter.Fixed(body, a, precision < 0 ? 6 : precision, alt, out zeros);
                    break;
                case (byte)'e':
                case (byte)'E':
                    FloatFormatter.Exponential(body, a, precision < 0 ? 6 : precision, alt, upper, out zeros);
                    break;
                case (byte)'g':
                case (byte)'G':
                    FloatFormatter.General(body, a, precision, alt, upper, out zeros);
                    break;
                default:
                    FloatFormatter.Hex(body, a, precision, alt, upper, out zeros);
                    break;
            }
        }
        int prefixLength = hex && !special ? 2 : 0;
        long used = (long)body.Length + zeros.Count + prefixLength + (sign != 0 ? 1 : 0);
        long pad = Math.Max(0, width - used);
        bool zeroPad = (flags & PrintfFlags.ZeroPad) != 0 && !left && !special;
        if (!left && !zeroPad) o.AppendRepeat((byte)' ', pad);
        if (sign != 0) o.Append(sign);
        if (prefixLength > 0)
        {
            o.Append((byte)'0');
            o.Append(upper ? (byte)'X' : (byte)'x');
        }
        if (zeroPad) o.AppendRepeat((byte)'0', pad);
        if (zeros.Count > 0)
        {
            o.Append(body.WrittenSpan[..zeros.At]);
            o.AppendRepeat((byte)'0', zeros.Count);
            o.Append(body.WrittenSpan[zeros.At..]);
        }
        else
        {
            o.Append(body.WrittenSpan);
        }
        if (left) o.AppendRepeat((byte)' ', pad);
    }

    private static void WritePadded(ByteSink o, ReadOnlySpan<byte> text, PrintfFlags flags, int width)
    {
        bool left = (flags & PrintfFlags.LeftAlign) != 0;
        int pad = Math.Max(0, width - text.Length);
        if (!left) o.AppendRepeat((byte)' ', pad);
        o.Append(text);
        if (left) o.AppendRepeat((byte)' ', pad);
    }

    private static void WriteAsciiString(ByteSink o, string text, PrintfFlags flags, int width, int precision)
    {
        int n = precision >= 0 ? Math.Min(precision, text.Length) : text.Length;
        Span<byte> bytes = n <= 256 ? stackalloc byte[n] : new byte[n];
        for (int i = 0; i < n; i++) bytes[i] = (byte)text[i];
        WritePadded(o, bytes, flags, width);
    }

    private static int WriteString<TArgs>(ref TArgs args, ArgValue[]? values, int arg, ByteSink o, PrintfFlags flags,
        int width, int precision) where TArgs : IPrintfArguments
    {
        ulong p = GetPointer(ref args, values, arg, PrintfArgType.CharPointer);
        if (p == 0)
        {
            // glibc: "(null)" when it fits the precision, else nothing.
            WritePadded(o, precision < 0 || precision >= 6 ? "(null)"u8 : ReadOnlySpan<byte>.Empty, flags, width);
            return 0;
        }
        bool left = (flags & PrintfFlags.LeftAlign) != 0;
        if (left)
        {
            long before = o.TotalLength;
            CopyString(ref args, arg, p, precision, o);
            o.AppendRepeat((byte)' ', width - (o.TotalLength - before));
            return 0;
        }
        var tmp = t_scratch ??= new ByteSink();
        tmp.Clear();
        CopyString(ref args, arg, p, precision, tmp);
        o.AppendRepeat((byte)' ', width - tmp.Length);
        o.Append(tmp.WrittenSpan);
        return 0;
    }

    private static void CopyString<TArgs>(ref TArgs args, int arg, ulong p, int precision, ByteSink into) where TArgs : IPrintfArguments
    {
        long limit = precision < 0 ? long.MaxValue : precision;
        for (long i = 0; i < limit; i++)
        {
            byte b = args.ReadByte(arg, p, i);
            if (b == 0) break;
            into.Append(b);
        }
    }

    private static int WriteWideString<TArgs>(ref TArgs args, ArgValue[]? values, int arg, ByteSink o, PrintfFlags flags,
        int width, int precision) where TArgs : IPrintfArguments
    {
        ulong p = GetPointer(ref args, values, arg, PrintfArgType.WCharPointer);
        if (p == 0)
        {
            WritePadded(o, precision < 0 || precision >= 6 ? "(null)"u8 : ReadOnlySpan<byte>.Empty, flags, width);
            return 0;
        }
        // wcsrtombs in the C locale: one byte per character; a character above 0x7f fails with
        // EILSEQ. With a precision, glibc converts only what fits in that many bytes.
        var tmp = t_scratch ??= new ByteSink();
        tmp.Clear();
        long limit = precision < 0 ? long.MaxValue : precision;
        for (long i = 0; i < limit; i++)
        {
            int wc = args.ReadWideChar(arg, p, i);
            if (wc == 0) break;
            if ((uint)wc > 0x7f) return ErrnoTable.EILSEQ;
            tmp.Append((byte)wc);
        }
        WritePadded(o, tmp.WrittenSpan, flags, width);
        return 0;
    }

    /// <summary>glibc prints an unknown conversion back: %, flags, width, .precision, the character (no length modifier).</summary>
    private static void WriteUnknown(ByteSink o, PrintfSpec spec, PrintfFlags flags, int width, int precision)
    {
        o.Append((byte)'%');
        if ((flags & PrintfFlags.Alternate) != 0) o.Append((byte)'#');
        if ((flags & PrintfFlags.Grouping) != 0) o.Append((byte)'\'');
        if ((flags & PrintfFlags.ShowSign) != 0) o.Append((byte)'+');
        else if ((flags & PrintfFlags.Space) != 0) o.Append((byte)' ');
        if ((flags & PrintfFlags.LeftAlign) != 0) o.Append((byte)'-');
        if ((flags & PrintfFlags.ZeroPad) != 0) o.Append((byte)'0');
        if ((flags & PrintfFlags.I18n) != 0) o.Append((byte)'I');
        Span<char> buf = stackalloc char[12];
        if (width != 0)
        {
            width.TryFormat(buf, out int w, default, CultureInfo.InvariantCulture);
            o.AppendAscii(buf[..w]);
        }
        if (precision != -1)
        {
            o.Append((byte)'.');
            precision.TryFormat(buf, out int w, default, CultureInfo.InvariantCulture);
            o.AppendAscii(buf[..w]);
        }
        // glibc's positional path prints an incomplete spec at the end of the format this way too.
        if (spec.Conversion != 0) o.Append(spec.Conversion);
    }
}
