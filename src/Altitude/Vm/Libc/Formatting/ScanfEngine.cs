namespace Altitude.Vm.Libc.Formatting;

/// <summary>The input of a scanf call: bytes with one byte of pushback (ungetc).</summary>
public interface IScanfInput
{
    /// <summary>The next byte (0..255), or -1 at end of input (for sscanf: at the string's NUL).</summary>
    int Read();

    /// <summary>Pushes back the byte last read; never called with -1 or twice in a row.</summary>
    void Unread(int c);
}

/// <summary>
/// Receives what scanf converted. The engine has matched the input; the VM only stores through
/// the pointer argument <c>spec.Argument</c> (va_list position) with the type <c>spec.ValueType</c>.
/// </summary>
public interface IScanfReceiver
{
    /// <summary>%d %i %o %u %x %X and %n (the count): the value as strtol/strtoul gave it; store it truncated to the type.</summary>
    void StoreInteger(ScanfSpec spec, long value);

    /// <summary>%e %f %g %a with the l or L modifier (double; long double is binary64 in Altitude).</summary>
    void StoreDouble(ScanfSpec spec, double value);

    /// <summary>%e %f %g %a without modifier (rounded by strtof, directly to float).</summary>
    void StoreFloat(ScanfSpec spec, float value);

    /// <summary>%p</summary>
    void StorePointer(ScanfSpec spec, ulong value);

    /// <summary>%c (no NUL added), %s and %[ (<paramref name="terminate"/>: append a NUL).</summary>
    void StoreBytes(ScanfSpec spec, ReadOnlySpan<byte> bytes, bool terminate);

    /// <summary>%lc %ls %l[: wide characters (C locale: one per byte).</summary>
    void StoreWide(ScanfSpec spec, ReadOnlySpan<int> chars, bool terminate);
}

/// <summary>Why scanf stopped (C17 7.21.6.2p4-p6).</summary>
public enum ScanfStop : byte
{
    /// <summary>The whole format was processed.</summary>
    Completed,
    /// <summary>Input did not match the format (the offending byte was pushed back).</summary>
    MatchingFailure,
    /// <summary>End of input (or a read error) where more input was needed.</summary>
    InputFailure,
    /// <summary>A byte that is not a character of the C locale for %lc/%ls/%l[ (EILSEQ).</summary>
    EncodingError,
}

/// <summary>Return value of scanf (assignments made, or -1 = EOF for an input failure before any), errno set
/// (0: unchanged), bytes consumed, and why it stopped.</summary>
public readonly record struct ScanfResult(int Count, int Errno, long Consumed, ScanfStop Stop = ScanfStop.Completed);

/// <summary>Reads from a byte span up to its NUL (sscanf).</summary>
public struct SpanScanfInput(byte[] data) : IScanfInput
{
    private int _pos;

    public readonly int Position => _pos;

    public int Read()
    {
        if (_pos >= data.Length || data[_pos] == 0) return -1;
        return data[_pos++];
    }

    public void Unread(int c) => _pos--;
}

/// <summary>
/// Executes a scanf format against an input exactly as glibc 2.36's __vfscanf does in the C
/// locale (C17 7.21.6.2): white space skipping, matching and input failures, field widths,
/// number syntax handed to strtol/strtod, and the return count.
/// </summary>
public static class ScanfEngine
{
    private ref struct State<TIn> where TIn : IScanfInput
    {
        private ref TIn _input;
        public long ReadIn;

        public State(ref TIn input) => _input = ref input;

        public int C;
        /// <summary>errno as the strto* calls inside scanf leave it (ERANGE shows through, as in glibc).</summary>
        public int Errno;
        /// <summary>errno when the input first ended; reading again after the end restores it (glibc's inchar).</summary>
        private int _eofErrno;

        public int In()
        {
            if (C < 0)
            {
                // glibc does not read again once the input ended; it puts back errno as it was then.
                Errno = _eofErrno;
                return C;
            }
            C = _input.Read();
            if (C >= 0) ReadIn++;
            else _eofErrno = Errno;
            return C;
        }

        /// <summary>Skips white space; errno is saved around it as glibc does.</summary>
        public void SkipSpace()
        {
            int saved = Errno;
            do In(); while (StrToInteger.IsSpace(C));
            Errno = saved;
            Unget(C);
        }

        public void Unget(int c)
        {
            if (c < 0) return;
            _input.Unread(c);
            ReadIn--;
        }
    }

    private enum Outcome { Ok, ConvError, InputError, EncodingError }

    public static ScanfResult Run<TIn, TRecv>(ScanfFormat format, ref TIn input, ref TRecv receiver)
        where TIn : IScanfInput where TRecv : IScanfReceiver
    {
        var st = new State<TIn>(ref input);
        int done = 0;
        bool skipSpace = false;
        var buffer = new List<byte>();
        foreach (var d in format.DirectiveArray)
        {
            Outcome outcome;
            if (d.Kind == ScanfDirectiveKind.WhiteSpace)
            {
                skipSpace = true;
                continue;
            }
            if (d.Kind == ScanfDirectiveKind.Literal)
            {
                outcome = MatchLiteral(ref st, d.Literal, ref skipSpace);
            }
            else
            {
                var spec = d.Spec!;
                if (spec.Conversion == 0) return new ScanfResult(done, st.Errno, st.ReadIn, ScanfStop.MatchingFailure); // glibc: conv_error
                byte conv = spec.Conversion;
                if (skipSpace || (conv != '[' && conv != 'c' && conv != 'C' && conv != 'n'))
                {
                    st.SkipSpace();
                    skipSpace = false;
                }
                outcome = Convert(ref st, spec, ref receiver, buffer, ref done);
            }
            switch (outcome)
            {
                case Outcome.ConvError:
                    return new ScanfResult(done, st.Errno, st.ReadIn, ScanfStop.MatchingFailure);
                case Outcome.InputError:
                    return new ScanfResult(done == 0 ? -1 : done, st.Errno, st.ReadIn, ScanfStop.InputFailure);
                case Outcome.EncodingError:
                    return new ScanfResult(done, ErrnoTable.EILSEQ, st.ReadIn, ScanfStop.EncodingError);
            }
        }
        if (skipSpace)
        {
            do st.In(); while (StrToInteger.IsSpace(st.C));
            st.Unget(st.C);
        }
        return new ScanfResult(done, st.Errno, st.ReadIn);
    }

    // C17 7.21.6.2p6: an ordinary character must match the next input character.
    private static Outcome MatchLiteral<TIn>(ref State<TIn> st, byte fc, ref bool skipSpace) where TIn : IScanfInput
    {
        if (st.In() < 0) return Outcome.InputError;
        if (skipSpace)
        {
            while (StrToInteger.IsSpace(st.C))
                if (st.In() < 0) return Outcome.InputError;
            skipSpace = false;
        }
        if (st.C != fc)
        {
            st.Unget(st.C);
            return Outcome.ConvError;
        }
        return Outcome.Ok;
    }

    // C17 7.21.6.2p12: the conversion specifiers.
    private static Outcome Convert<TIn, TRecv>(ref State<TIn> st, ScanfSpec spec, ref TRecv receiver, List<byte> buf, ref int done)
        where TIn : IScanfInput where TRecv : IScanfReceiver
    {
        int width = spec.Width;
        bool store = !spec.Suppress;
        buf.Clear();
        if (!spec.IsKnown) return Outcome.ConvError; // unknown conversion or unterminated scanset
        switch (spec.Conversion)
        {
            case (byte)'%':
                if (st.In() < 0) return Outcome.InputError;
                if (st.C != '%')
                {
                    st.Unget(st.C);
                    return Outcome.ConvError;
                }
                return Outcome.Ok;
            case (byte)'n':
                if (store) receiver.StoreInteger(spec, st.ReadIn);
                return Outcome.Ok;
            case (byte)'c':
            case (byte)'C':
            {
                if (width == -1) width = 1;
                if (st.In() < 0) return Outcome.InputError;
                do buf.Add((byte)st.C);
                while (--width > 0 && st.In() >= 0);
                return StoreText(spec, ref receiver, buf, terminate: false, ref done);
            }
            case (byte)'s':
            case (byte)'S':
            {
                if (st.In() < 0) return Outcome.InputError;
                do
                {
                    if (StrToInteger.IsSpace(st.C))
                    {
                        st.Unget(st.C);
                        break;
                    }
                    buf.Add((byte)st.C);
                } while ((width <= 0 || --width > 0) && st.In() >= 0);
                return StoreText(spec, ref receiver, buf, terminate: true, ref done);
            }
            case (byte)'[':
            {
                var set = spec.ScanSet!;
                if (st.In() < 0) return Outcome.InputError;
                do
                {
                    if (!set[st.C])
                    {
                        st.Unget(st.C);
                        break;
                    }
                    buf.Add((byte)st.C);
                } while ((width <= 0 || --width > 0) && st.In() >= 0);
                if (buf.Count == 0) return Outcome.ConvError;
                return StoreText(spec, ref receiver, buf, terminate: true, ref done);
            }
            case (byte)'d': return ReadInteger(ref st, spec, ref receiver, buf, 10, true, ref done);
            case (byte)'i': return ReadInteger(ref st, spec, ref receiver, buf, 0, true, ref done);
            case (byte)'u': return ReadInteger(ref st, spec, ref receiver, buf, 10, false, ref done);
            case (byte)'o': return ReadInteger(ref st, spec, ref receiver, buf, 8, false, ref done);
            case (byte)'x':
            case (byte)'X':
            case (byte)'p': return ReadInteger(ref st, spec, ref receiver, buf, 16, false, ref done);
            case (byte)'e':
            case (byte)'E':
            case (byte)'f':
            case (byte)'F':
            case (byte)'g':
            case (byte)'G':
            case (byte)'a':
            case (byte)'A':
                return ReadFloat(ref st, spec, ref receiver, buf, ref done);
            default:
                return Outcome.ConvError; // glibc: an unknown conversion is a matching failure
        }
    }

    private static Outcome StoreText<TRecv>(ScanfSpec spec, ref TRecv receiver, List<byte> buf, bool terminate, ref int done)
        where TRecv : IScanfReceiver
    {
        bool wide = spec.IsWide || spec.Conversion is (byte)'C' or (byte)'S';
        if (wide)
        {
            // mbrtowc in the C locale: bytes above 0x7f are not characters (EILSEQ).
            foreach (byte b in buf)
                if (b > 0x7f) return Outcome.EncodingError;
        }
        if (spec.Suppress) return Outcome.Ok;
        var bytes = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(buf);
        if (wide)
        {
            var w = new int[bytes.Length];
            for (int i = 0; i < w.Length; i++) w[i] = bytes[i];
            receiver.StoreWide(spec, w, terminate);
        }
        else
        {
            receiver.StoreBytes(spec, bytes, terminate);
        }
        done++;
        return Outcome.Ok;
    }

    private static bool IsDigit(int c) => c >= '0' && c <= '9';

    private static bool IsXDigit(int c) => IsDigit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');

    private static Outcome ReadInteger<TIn, TRecv>(ref State<TIn> st, ScanfSpec spec, ref TRecv receiver, List<byte> buf,
        int radix, bool signed, ref int done) where TIn : IScanfInput where TRecv : IScanfReceiver
    {
        int width = spec.Width;
        bool pointer = spec.Conversion == 'p';
        if (st.In() < 0) return Outcome.InputError;
        if (st.C == '-' || st.C == '+')
        {
            buf.Add((byte)st.C);
            if (width > 0) --width;
            st.In();
        }
        if (width != 0 && st.C == '0')
        {
            if (width > 0) --width;
            buf.Add((byte)'0');
            st.In();
            if (width != 0 && (st.C | 0x20) == 'x' && st.C >= 0)
            {
                if (radix == 0) radix = 16;
                if (radix == 16)
                {
                    // The x is consumed but not kept: "0xg" converts as 0.
                    if (width > 0) --width;
                    st.In();
                }
            }
            else if (radix == 0)
            {
                radix = 8;
            }
        }
        if (radix == 0) radix = 10;
        while (st.C >= 0 && width != 0)
        {
            if (radix == 16 ? !IsXDigit(st.C) : !IsDigit(st.C) || st.C - '0' >= radix) break;
            buf.Add((byte)st.C);
            if (width > 0) --width;
            st.In();
        }
        if (buf.Count == 0 || (buf.Count == 1 && (buf[0] == '+' || buf[0] == '-')))
        {
            if (pointer && buf.Count == 0 && (width < 0 || width >= 5) && st.C == '('
                && (st.In() | 0x20) == 'n' && (st.In() | 0x20) == 'i' && (st.In() | 0x20) == 'l' && st.In() == ')')
            {
                buf.Add((byte)'0');
            }
            else
            {
                st.Unget(st.C);
                return Outcome.ConvError;
            }
        }
        else
        {
            st.Unget(st.C);
        }
        var text = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(buf);
        long value;
        int end;
        if (signed)
        {
            var r = StrToInteger.StrToL(text, radix);
            value = r.Value;
            end = r.End;
            if (r.Errno != 0) st.Errno = r.Errno;
        }
        else
        {
            var r = StrToInteger.StrToUL(text, radix);
            value = (long)r.Value;
            end = r.End;
            if (r.Errno != 0) st.Errno = r.Errno;
        }
        if (end <= 0) return Outcome.ConvError;
        if (!spec.Suppress)
        {
            if (pointer) receiver.StorePointer(spec, (ulong)value);
            else receiver.StoreInteger(spec, value);
            done++;
        }
        return Outcome.Ok;
    }

    private static Outcome ReadFloat<TIn, TRecv>(ref State<TIn> st, ScanfSpec spec, ref TRecv receiver, List<byte> buf, ref int done)
        where TIn : IScanfInput where TRecv : IScanfReceiver
    {
        int width = spec.Width;
        st.In();
        if (width > 0) --width;
        if (st.C < 0) return Outcome.InputError;
        bool gotDigit = false, gotDot = false, gotE = false, gotSign = false, hex = false;

        // Reads the next byte within the width; false (a matching failure) when none is left.
        bool Next(ref State<TIn> s, ref int w)
        {
            if (w == 0 || s.In() < 0) return false;
            if (w > 0) --w;
            return true;
        }

        if (st.C == '-' || st.C == '+')
        {
            gotSign = true;
            buf.Add((byte)st.C);
            if (!Next(ref st, ref width)) return Outcome.ConvError;
        }
        if ((st.C | 0x20) == 'n')
        {
            buf.Add((byte)st.C);
            if (!Next(ref st, ref width) || (st.C | 0x20) != 'a') return Outcome.ConvError;
            buf.Add((byte)st.C);
            if (!Next(ref st, ref width) || (st.C | 0x20) != 'n') return Outcome.ConvError;
            buf.Add((byte)st.C);
            return ConvertFloat(spec, ref receiver, buf, ref done, ref st.Errno);
        }
        if ((st.C | 0x20) == 'i')
        {
            buf.Add((byte)st.C);
            if (!Next(ref st, ref width) || (st.C | 0x20) != 'n') return Outcome.ConvError;
            buf.Add((byte)st.C);
            if (!Next(ref st, ref width) || (st.C | 0x20) != 'f') return Outcome.ConvError;
            buf.Add((byte)st.C);
            if (width != 0 && st.In() >= 0)
            {
                if ((st.C | 0x20) == 'i')
                {
                    if (width > 0) --width;
                    buf.Add((byte)st.C);
                    foreach (char expected in "nity")
                    {
                        if (!Next(ref st, ref width) || (st.C | 0x20) != expected) return Outcome.ConvError;
                        buf.Add((byte)st.C);
                    }
                }
                else
                {
                    st.Unget(st.C);
                }
            }
            return ConvertFloat(spec, ref receiver, buf, ref done, ref st.Errno);
        }
        byte expChar = (byte)'e';
        if (width != 0 && st.C == '0')
        {
            buf.Add((byte)'0');
            st.In();
            if (width > 0) --width;
            if (width != 0 && st.C >= 0 && (st.C | 0x20) == 'x')
            {
                buf.Add((byte)st.C);
                hex = true;
                expChar = (byte)'p';
                st.In();
                if (width > 0) --width;
            }
            else
            {
                gotDigit = true;
            }
        }
        while (true)
        {
            int c = st.C;
            if (IsDigit(c))
            {
                buf.Add((byte)c);
                gotDigit = true;
            }
            else if (!gotE && hex && IsXDigit(c))
            {
                buf.Add((byte)c);
                gotDigit = true;
            }
            else if (gotE && buf[^1] == expChar && (c == '-' || c == '+'))
            {
                buf.Add((byte)c);
            }
            else if (gotDigit && !gotE && c >= 0 && (c | 0x20) == expChar)
            {
                buf.Add(expChar);
                gotE = gotDot = true;
            }
            else if (!gotDot && c == '.')
            {
                buf.Add((byte)c);
                gotDot = true;
            }
            else
            {
                st.Unget(c);
                break;
            }
            if (width == 0 || st.In() < 0) break;
            if (width > 0) --width;
        }
        int signCount = gotSign ? 1 : 0;
        if (buf.Count == signCount || (hex && buf.Count == 2 + signCount)) return Outcome.ConvError;
        return ConvertFloat(spec, ref receiver, buf, ref done, ref st.Errno);
    }

    private static Outcome ConvertFloat<TRecv>(ScanfSpec spec, ref TRecv receiver, List<byte> buf, ref int done, ref int errno) where TRecv : IScanfReceiver
    {
        var text = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(buf);
        if (spec.Length is FormatLength.Long or FormatLength.LongLong or FormatLength.LongDouble)
        {
            var r = StrToFloat.StrToD(text);
            if (r.Errno != 0) errno = r.Errno;
            if (r.End == 0) return Outcome.ConvError;
            if (!spec.Suppress) receiver.StoreDouble(spec, r.Value);
        }
        else
        {
            var r = StrToFloat.StrToF(text);
            if (r.Errno != 0) errno = r.Errno;
            if (r.End == 0) return Outcome.ConvError;
            if (!spec.Suppress) receiver.StoreFloat(spec, r.Value);
        }
        if (!spec.Suppress) done++;
        return Outcome.Ok;
    }
}
