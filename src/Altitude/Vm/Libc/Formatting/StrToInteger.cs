namespace Altitude.Vm.Libc.Formatting;

/// <summary>
/// Result of a strto* conversion: the value, the index the end pointer gets (0 = no conversion;
/// -1 = glibc leaves *endptr unwritten, as for an invalid base), and the errno set (0: unchanged).
/// </summary>
public readonly record struct ConversionResult<T>(T Value, int End, int Errno);

/// <summary>
/// strtol/strtoul and friends (C17 7.22.1.4) exactly as glibc 2.36 in the C locale. LP64: long,
/// long long and intmax_t are all 64-bit, so strtol = strtoll = strtoimax. Input is a C string:
/// the span ends at its first NUL or at its end.
/// </summary>
public static class StrToInteger
{
    /// <summary>isspace in the C locale.</summary>
    public static bool IsSpace(int c) => c == ' ' || (c >= '\t' && c <= '\r');

    internal static int At(ReadOnlySpan<byte> s, int i) => i < s.Length ? s[i] : 0;

    /// <summary>strtol, strtoll, strtoimax.</summary>
    public static ConversionResult<long> StrToL(ReadOnlySpan<byte> s, int radix)
    {
        var r = Parse(s, radix, out bool negative, out bool overflow);
        if (r.End < 0) return new ConversionResult<long>(0, r.End, r.Errno);
        ulong limit = negative ? 1UL << 63 : long.MaxValue;
        if (overflow || r.Value > limit)
            return new ConversionResult<long>(negative ? long.MinValue : long.MaxValue, r.End, ErrnoTable.ERANGE);
        return new ConversionResult<long>(negative ? (long)(0 - r.Value) : (long)r.Value, r.End, 0);
    }

    /// <summary>strtoul, strtoull, strtoumax: a minus sign negates in unsigned arithmetic ("-1" gives ULONG_MAX).</summary>
    public static ConversionResult<ulong> StrToUL(ReadOnlySpan<byte> s, int radix)
    {
        var r = Parse(s, radix, out bool negative, out bool overflow);
        if (r.End < 0) return new ConversionResult<ulong>(0, r.End, r.Errno);
        if (overflow) return new ConversionResult<ulong>(ulong.MaxValue, r.End, ErrnoTable.ERANGE);
        return new ConversionResult<ulong>(negative ? 0 - r.Value : r.Value, r.End, 0);
    }

    /// <summary>atoi: (int)strtol(s, NULL, 10).</summary>
    public static int AtoI(ReadOnlySpan<byte> s) => (int)StrToL(s, 10).Value;

    /// <summary>atol and atoll: strtol(s, NULL, 10).</summary>
    public static long AtoL(ReadOnlySpan<byte> s) => StrToL(s, 10).Value;

    // C17 7.22.1.4p2-p5: white space, optional sign, optional 0x/0X (base 16 or 0), digits.
    private static ConversionResult<ulong> Parse(ReadOnlySpan<byte> s, int radix, out bool negative, out bool overflow)
    {
        negative = false;
        overflow = false;
        if (radix < 0 || radix == 1 || radix > 36) return new ConversionResult<ulong>(0, -1, ErrnoTable.EINVAL);
        int i = 0;
        while (IsSpace(At(s, i))) i++;
        if (At(s, i) == '-') { negative = true; i++; }
        else if (At(s, i) == '+') i++;
        if (At(s, i) == '0')
        {
            if ((radix == 0 || radix == 16) && (At(s, i + 1) | 0x20) == 'x')
            {
                i += 2;
                radix = 16;
            }
            else if (radix == 0)
            {
                radix = 8;
            }
        }
        else if (radix == 0)
        {
            radix = 10;
        }
        int digitsStart = i;
        ulong value = 0;
        while (true)
        {
            int d = DigitValue(At(s, i));
            if (d < 0 || d >= radix) break;
            if (!overflow)
            {
                UInt128 next = (UInt128)value * (uint)radix + (uint)d;
                if (next > ulong.MaxValue) overflow = true;
                else value = (ulong)next;
            }
            i++;
        }
        if (i == digitsStart)
        {
            // No digits: "0x" with nothing hexadecimal after it still converts the "0".
            int end = digitsStart >= 2 && (At(s, digitsStart - 1) | 0x20) == 'x' && At(s, digitsStart - 2) == '0' ? digitsStart - 1 : 0;
            negative = false;
            return new ConversionResult<ulong>(0, end, 0);
        }
        return new ConversionResult<ulong>(value, i, 0);
    }

    internal static int DigitValue(int c)
    {
        if (c >= '0' && c <= '9') return c - '0';
        c |= 0x20;
        if (c >= 'a' && c <= 'z') return c - 'a' + 10;
        return -1;
    }
}
