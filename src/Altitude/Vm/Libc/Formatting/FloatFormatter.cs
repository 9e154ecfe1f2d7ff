using System.Numerics;

namespace Altitude.Vm.Libc.Formatting;

/// <summary>
/// Exact decimal and hexadecimal rendering of binary64 values for %f %e %g %a (C17 7.21.6.1p8).
/// Every digit is derived from the exact value m·2^e of the double, rounded once, half to even
/// (the round-to-nearest mode), as glibc does. Common cases use 128-bit integers; the rest
/// uses BigInteger. The methods write only the body: no sign, no "0x", no padding.
/// </summary>
public static class FloatFormatter
{
    /// <summary>Digits computed at most: a double's exact expansion has at most 1074 fraction
    /// digits and 309 integer digits, so beyond this every further digit is a zero.</summary>
    private const int DigitCap = 1200;

    private static readonly UInt128[] Pow10 = BuildPow10();

    [ThreadStatic] private static char[]? t_digits;

    private static UInt128[] BuildPow10()
    {
        var table = new UInt128[39];
        table[0] = 1;
        for (int i = 1; i < table.Length; i++) table[i] = table[i - 1] * 10;
        return table;
    }

    /// <summary>Splits a finite nonnegative double into m·2^e with m an integer below 2^53.</summary>
    internal static void Decompose(double a, out ulong m, out int e)
    {
        ulong bits = BitConverter.DoubleToUInt64Bits(a) & 0x7FFF_FFFF_FFFF_FFFFUL;
        int biased = (int)(bits >> 52);
        ulong frac = bits & ((1UL << 52) - 1);
        if (biased == 0) { m = frac; e = -1074; }
        else { m = frac | (1UL << 52); e = biased - 1075; }
    }

    /// <summary>%f body: |a| with <paramref name="precision"/> fraction digits. Zeros beyond the
    /// exact expansion are not written but described by <paramref name="zeros"/> (insert them at
    /// zeros.At), so a precision of 2^31-1 costs no memory.</summary>
    public static void Fixed(ByteSink o, double a, int precision, bool alternate, out ZeroRun zeros)
    {
        zeros = default;
        if (precision > DigitCap)
        {
            Fixed(o, a, DigitCap, alternate, out _);
            zeros = new ZeroRun(o.Length, precision - DigitCap);
            return;
        }
        Fixed(o, a, precision, alternate);
    }

    private static void Fixed(ByteSink o, double a, int precision, bool alternate)
    {
        Decompose(a, out ulong m, out int e);
        var digits = ScaledDigits(m, e, precision, out int n);
        int intDigits = n - precision;
        if (intDigits <= 0)
        {
            o.Append((byte)'0');
            if (precision > 0 || alternate) o.Append((byte)'.');
            o.AppendRepeat((byte)'0', -intDigits);
            o.AppendAscii(digits.AsSpan(0, n));
            return;
        }
        o.AppendAscii(digits.AsSpan(0, intDigits));
        if (precision > 0 || alternate) o.Append((byte)'.');
        o.AppendAscii(digits.AsSpan(intDigits, precision));
    }

    /// <summary>%e body: one digit, point, <paramref name="precision"/> digits, e±dd.</summary>
    public static void Exponential(ByteSink o, double a, int precision, bool alternate, bool upper, out ZeroRun zeros)
    {
        zeros = default;
        int computed = Math.Min(precision, DigitCap);
        var digits = SignificantDigits(a, computed + 1, out int exponent);
        o.Append((byte)digits[0]);
        if (precision > 0 || alternate) o.Append((byte)'.');
        o.AppendAscii(digits.AsSpan(1, computed));
        if (precision > computed) zeros = new ZeroRun(o.Length, precision - computed);
        AppendExponent(o, upper ? (byte)'E' : (byte)'e', exponent);
    }

    /// <summary>%g body (C17 7.21.6.1p8: style e when X &lt; -4 or X ≥ P; trailing zeros removed unless #).</summary>
    public static void General(ByteSink o, double a, int precision, bool alternate, bool upper, out ZeroRun zeros)
    {
        zeros = default;
        if (precision > DigitCap)
        {
            // Same style and digits as with DigitCap (the exponent can never reach P); only the
            // zeros kept by # differ, and they go before the exponent or at the end.
            int bodyStart = o.Length;
            General(o, a, DigitCap, alternate, upper, out _);
            if (alternate)
            {
                int at = o.Length;
                for (int i = bodyStart; i < o.Length; i++)
                    if (o[i] == 'e' || o[i] == 'E') { at = i; break; }
                zeros = new ZeroRun(at, precision - DigitCap);
            }
            return;
        }
        int p = precision < 0 ? 6 : precision == 0 ? 1 : precision;
        var digits = SignificantDigits(a, p, out int x, out bool carried);
        int start = o.Length;
        if (carried && x == p)
        {
            // glibc picks the style from the unrounded exponent (P-1: style f with no fraction
            // digits); when rounding then reaches 10^P it prints style e with no fraction digits.
            o.Append((byte)'1');
            if (alternate) o.Append((byte)'.');
            AppendExponent(o, upper ? (byte)'E' : (byte)'e', x);
            return;
        }
        if (x < -4 || x >= p)
        {
            o.Append((byte)digits[0]);
            o.Append((byte)'.');
            o.AppendAscii(digits.AsSpan(1, p - 1));
            if (!alternate) TrimFraction(o, start);
            AppendExponent(o, upper ? (byte)'E' : (byte)'e', x);
            return;
        }
        if (x >= 0)
        {
            o.AppendAscii(digits.AsSpan(0, x + 1));
            o.Append((byte)'.');
            o.AppendAscii(digits.AsSpan(x + 1, p - 1 - x));
        }
        else
        {
            o.Append((byte)'0');
            o.Append((byte)'.');
            o.AppendRepeat((byte)'0', -x - 1);
            o.AppendAscii(digits.AsSpan(0, p));
        }
        if (!alternate) TrimFraction(o, start);
    }

    /// <summary>Drops trailing zeros after the point, and the point itself when nothing follows it.</summary>
    private static void TrimFraction(ByteSink o, int start)
    {
        int end = o.Length;
        while (end > start && o[end - 1] == '0') end--;
        if (end > start && o[end - 1] == '.') end--;
        o.Truncate(end);
    }

    private static void AppendExponent(ByteSink o, byte letter, int exponent)
    {
        o.Append(letter);
        o.Append(exponent < 0 ? (byte)'-' : (byte)'+');
        int ex = Math.Abs(exponent);
        if (ex < 10) o.Append((byte)'0');
        Span<char> buf = stackalloc char[12];
        ex.TryFormat(buf, out int w, default, System.Globalization.CultureInfo.InvariantCulture);
        o.AppendAscii(buf[..w]);
    }

    /// <summary>
    /// The first <paramref name="count"/> significant digits of |a| rounded half-even, and the
    /// decimal exponent of the first one. Zero gives count zeros and exponent 0.
    /// </summary>
    private static char[] SignificantDigits(double a, int count, out int exponent) =>
        SignificantDigits(a, count, out exponent, out _);

    /// <param name="carried">True when rounding carried into a new leading digit (e.g. 9.96 → 10.0),
    /// so the exponent is one more than that of the unrounded value.</param>
    private static char[] SignificantDigits(double a, int count, out int exponent, out bool carried)
    {
        carried = false;
        if (a == 0)
        {
            var z = Scratch(count);
            z.AsSpan(0, count).Fill('0');
            exponent = 0;
            return z;
        }
        Decompose(a, out ulong m, out int e);
        // k must be the exact floor(log10(a)); the estimate is corrected by checking how many
        // digits the unrounded scaled value has (rounding may add one: 99.96 → 100).
        int k = (int)Math.Floor(Math.Log10(a));
        while (true)
        {
            var d = ScaledDigits(m, e, count - 1 - k, out int n, out bool roundedUp);
            int floorDigits = d[0] == '0' ? 0 : roundedUp && IsPowerOfTen(d, n) ? n - 1 : n;
            if (floorDigits > count) { k++; continue; }
            if (floorDigits < count) { k--; continue; }
            if (n > count)
            {
                // Rounded up to 10^count: the digits are 1000…, one decade higher.
                carried = true;
                exponent = k + 1;
                return d; // d holds '1' followed by zeros; the first count of them are used
            }
            exponent = k;
            return d;
        }
    }

    private static bool IsPowerOfTen(char[] d, int n)
    {
        if (d[0] != '1') return false;
        for (int i = 1; i < n; i++) if (d[i] != '0') return false;
        return true;
    }

    private static char[] Scratch(int size)
    {
        var d = t_digits;
        if (d is null || d.Length < size) t_digits = d = new char[Math.Max(size, 64)];
        return d;
    }

    /// <summary>Decimal digits of round_half_even(m·2^e·10^s) (at least "0"), in a scratch array.</summary>
    internal static char[] ScaledDigits(ulong m, int e, int s, out int count) => ScaledDigits(m, e, s, out count, out _);

    /// <param name="roundedUp">True when the result is one more than the truncated value.</param>
    internal static char[] ScaledDigits(ulong m, int e, int s, out int count, out bool roundedUp)
    {
        roundedUp = false;
        if (m == 0)
        {
            var z = Scratch(1);
            z[0] = '0';
            count = 1;
            return z;
        }
        int mBits = 64 - BitOperations.LeadingZeroCount(m);
        // value < 2^(mBits+e) · 10^s ≤ 2^(mBits+e+3.33s+1): below 1/2 means it rounds to 0.
        if (s >= 0 && (long)mBits + e + (long)Math.Ceiling(s * 3.3219280948873626) + 1 < -1)
        {
            var z = Scratch(1);
            z[0] = '0';
            count = 1;
            return z;
        }
        if (TryScaleFast(m, e, s, out UInt128 q, out roundedUp))
        {
            var d = Scratch(40);
            count = WriteDigits(q, d);
            return d;
        }
        BigInteger num = m, den = BigInteger.One;
        if (s >= 0) num *= BigInteger.Pow(10, s);
        else den = BigInteger.Pow(10, -s);
        if (e >= 0) num <<= e;
        else den <<= -e;
        var big = BigInteger.DivRem(num, den, out BigInteger rem);
        int cmp = (rem << 1).CompareTo(den);
        if (cmp > 0 || (cmp == 0 && !big.IsEven))
        {
            big += 1;
            roundedUp = true;
        }
        string text = big.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var buf = Scratch(text.Length);
        text.CopyTo(0, buf, 0, text.Length);
        count = text.Length;
        return buf;
    }

    private static int BitLength(UInt128 v) => 128 - (int)UInt128.LeadingZeroCount(v);

    private static bool TryScaleFast(ulong m, int e, int s, out UInt128 q, out bool roundedUp)
    {
        q = 0;
        roundedUp = false;
        if (s > 38 || s < -38) return false;
        UInt128 num = m, den = 1;
        if (s >= 0)
        {
            if (BitLength(num) + BitLength(Pow10[s]) > 127) return false;
            num *= Pow10[s];
        }
        else
        {
            den = Pow10[-s];
        }
        if (e >= 0)
        {
            if (BitLength(num) + e > 127) return false;
            num <<= e;
        }
        else
        {
            if (BitLength(den) - e > 126) return false;
            den <<= -e;
        }
        UInt128 r;
        if (s >= 0)
        {
            // The denominator is a power of two: shift instead of dividing.
            int shift = e < 0 ? -e : 0;
            q = num >> shift;
            r = num - (q << shift);
        }
        else
        {
            q = num / den;
            r = num - q * den;
        }
        UInt128 twice = r << 1;
        if (twice > den || (twice == den && (q & 1) != 0))
        {
            q++;
            roundedUp = true;
        }
        return true;
    }

    private static int WriteDigits(UInt128 q, char[] d)
    {
        // UInt128 division is slow: peel off at most two 19-digit chunks, then use ulong.
        Span<char> tmp = stackalloc char[40];
        int n = 0;
        const ulong Chunk = 10_000_000_000_000_000_000UL;
        while (q > ulong.MaxValue)
        {
            (q, UInt128 low) = UInt128.DivRem(q, Chunk);
            ulong l = (ulong)low;
            for (int k = 0; k < 19; k++)
            {
                tmp[n++] = (char)('0' + (int)(l % 10));
                l /= 10;
            }
        }
        ulong v = (ulong)q;
        do
        {
            tmp[n++] = (char)('0' + (int)(v % 10));
            v /= 10;
        } while (v != 0);
        for (int i = 0; i < n; i++) d[i] = tmp[n - 1 - i];
        return n;
    }

    /// <summary>%a body after "0x": h.hhhp±d as glibc prints binary64 (subnormals as 0.xxxp-1022).</summary>
    public static void Hex(ByteSink o, double a, int precision, bool alternate, bool upper, out ZeroRun zeros)
    {
        zeros = default;
        ulong bits = BitConverter.DoubleToUInt64Bits(a) & 0x7FFF_FFFF_FFFF_FFFFUL;
        int biased = (int)(bits >> 52);
        ulong frac = bits & ((1UL << 52) - 1);
        int lead;
        int exponent;
        if (bits == 0) { lead = 0; exponent = 0; }
        else if (biased == 0) { lead = 0; exponent = -1022; }
        else { lead = 1; exponent = biased - 1023; }

        int digits; // hex fraction digits to print from frac (at most 13)
        if (precision < 0)
        {
            digits = 13;
            while (digits > 0 && (frac & 0xF) == 0) { frac >>= 4; digits--; }
        }
        else if (precision < 13)
        {
            int drop = 4 * (13 - precision);
            ulong rest = frac & ((1UL << drop) - 1);
            ulong half = 1UL << (drop - 1);
            frac >>= drop;
            bool odd = precision > 0 ? (frac & 1) != 0 : (lead & 1) != 0;
            if (rest > half || (rest == half && odd))
            {
                frac++;
                if (precision == 0 || (frac >> (4 * precision)) != 0)
                {
                    lead++;
                    frac = precision == 0 ? 0 : frac & ((1UL << (4 * precision)) - 1);
                }
            }
            digits = precision;
        }
        else
        {
            digits = 13;
        }

        string hex = upper ? "0123456789ABCDEF" : "0123456789abcdef";
        o.Append((byte)hex[lead]);
        if (digits > 0 || alternate || precision > 0) o.Append((byte)'.');
        for (int i = digits - 1; i >= 0; i--) o.Append((byte)hex[(int)((frac >> (4 * i)) & 0xF)]);
        if (precision > 13) zeros = new ZeroRun(o.Length, precision - 13);
        o.Append(upper ? (byte)'P' : (byte)'p');
        o.Append(exponent < 0 ? (byte)'-' : (byte)'+');
        Span<char> buf = stackalloc char[12];
        Math.Abs(exponent).TryFormat(buf, out int w, default, System.Globalization.CultureInfo.InvariantCulture);
        o.AppendAscii(buf[..w]);
    }
}

/// <summary>A run of zeros a float body needs at byte index At (kept out of the body so huge precisions cost nothing).</summary>
public readonly record struct ZeroRun(int At, long Count);
