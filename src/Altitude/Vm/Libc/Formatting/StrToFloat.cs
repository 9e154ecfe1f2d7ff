using System.Numerics;

namespace Altitude.Vm.Libc.Formatting;

/// <summary>
/// strtod/strtof/strtold (C17 7.22.1.3) exactly as glibc 2.36 in the C locale: decimal and
/// hexadecimal forms, inf/infinity/nan/nan(n-char-sequence), correct rounding (half to even)
/// straight to the target format from the exact value of the input, ERANGE on overflow and on
/// inexact tiny results (tininess detected after rounding, as on x86-64).
/// Altitude keeps long double as binary64, so strtold is strtod.
/// </summary>
public static class StrToFloat
{
    /// <summary>Significant decimal digits kept exactly; later nonzero digits only act as a sticky digit.
    /// 800 exceeds the 767 a binary64 halfway point can need.</summary>
    private const int MaxDigits = 800;

    private readonly record struct Target(int Precision, int MinExponent, int MaxExponent, int ExponentBits);

    private static readonly Target Binary64 = new(53, -1022, 1023, 11);
    private static readonly Target Binary32 = new(24, -126, 127, 8);

    /// <summary>strtod (and strtold).</summary>
    public static ConversionResult<double> StrToD(ReadOnlySpan<byte> s)
    {
        var r = Parse(s, Binary64);
        return new ConversionResult<double>(BitConverter.UInt64BitsToDouble(r.Value), r.End, r.Errno);
    }

    /// <summary>strtof: rounds the exact input once, to binary32.</summary>
    public static ConversionResult<float> StrToF(ReadOnlySpan<byte> s)
    {
        var r = Parse(s, Binary32);
        return new ConversionResult<float>(BitConverter.UInt32BitsToSingle((uint)r.Value), r.End, r.Errno);
    }

    /// <summary>atof: strtod(s, NULL).</summary>
    public static double AtoF(ReadOnlySpan<byte> s) => StrToD(s).Value;

    private static int At(ReadOnlySpan<byte> s, int i) => StrToInteger.At(s, i);

    private static bool MatchWord(ReadOnlySpan<byte> s, int i, string lowerWord)
    {
        for (int k = 0; k < lowerWord.Length; k++)
            if ((At(s, i + k) | 0x20) != lowerWord[k]) return false;
        return true;
    }

    private static ulong SignBit(Target t) => 1UL << (t.Precision - 1 + t.ExponentBits);

    private static ulong Infinity(Target t) => ((1UL << t.ExponentBits) - 1) << (t.Precision - 1);

    // C17 7.22.1.3p3: the expected forms of the subject sequence.
    private static ConversionResult<ulong> Parse(ReadOnlySpan<byte> s, Target t)
    {
        int i = 0;
        while (StrToInteger.IsSpace(At(s, i))) i++;
        bool negative = false;
        if (At(s, i) == '-') { negative = true; i++; }
        else if (At(s, i) == '+') i++;
        ulong sign = negative ? SignBit(t) : 0;

        if (MatchWord(s, i, "inf"))
        {
            int end = MatchWord(s, i + 3, "inity") ? i + 8 : i + 3;
            return new ConversionResult<ulong>(sign | Infinity(t), end, 0);
        }
        if (MatchWord(s, i, "nan"))
        {
            int end = i + 3;
            ulong payload = 0;
            int payloadErrno = 0;
            if (At(s, end) == '(')
            {
                int j = end + 1;
                while (At(s, j) is var c && (c == '_' || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))) j++;
                if (At(s, j) == ')')
                {
                    // glibc reads the sequence with strtoull(base 0) and keeps it as payload when all of it converted.
                    var seq = s.Slice(end + 1, j - end - 1);
                    var p = StrToInteger.StrToUL(seq, 0);
                    if (p.End == seq.Length) payload = p.Value;
                    payloadErrno = p.Errno; // strtoull's ERANGE shows through, as in glibc
                    end = j + 1;
                }
            }
            ulong quiet = 1UL << (t.Precision - 2);
            ulong bits = sign | Infinity(t) | quiet | (payload & (quiet - 1));
            return new ConversionResult<ulong>(bits, end, payloadErrno);
        }
        if (At(s, i) == '0' && (At(s, i + 1) | 0x20) == 'x')
        {
            var hex = ParseHex(s, i + 2, t, sign);
            if (hex.End > 0) return hex;
            // "0x" not followed by a hexadecimal mantissa: only the 0 converts.
            return new ConversionResult<ulong>(sign, i + 1, 0);
        }
        return ParseDecimal(s, i, t, sign);
    }

    private static readonly double[] ExactPowersOf10 =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
        1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];

    private static ConversionResult<ulong> ParseDecimal(ReadOnlySpan<byte> s, int i, Target t, ulong sign)
    {
        System.Text.StringBuilder? digits = null; // only once more than 19 significant digits appear
        ulong small = 0;
        int count = 0;
        long exponent10 = 0; // value = digits · 10^exponent10
        bool sticky = false, any = false, seenDot = false;
        for (; ; i++)
        {
            int c = At(s, i);
            if (c >= '0' && c <= '9')
            {
                any = true;
                if (count == 0 && c == '0')
                {
                    if (seenDot) exponent10--;
                    continue;
                }
                if (count < MaxDigits)
                {
                    if (count < 19)
                    {
                        small = small * 10 + (ulong)(c - '0');
                    }
                    else
                    {
                        digits ??= new System.Text.StringBuilder().Append(small.ToString(System.Globalization.CultureInfo.InvariantCulture));
                        digits.Append((char)c);
                    }
                    count++;
                    if (seenDot) exponent10--;
                }
                else
                {
                    if (c != '0') sticky = true;
                    if (!seenDot) exponent10++;
                }
                continue;
            }
            if (c == '.' && !seenDot) { seenDot = true; continue; }
            break;
        }
        if (!any) return new ConversionResult<ulong>(0, 0, 0);
        i = ParseExponent(s, i, (byte)'e', out long exp);
        exponent10 = SaturatingAdd(exponent10, exp);
        if (count == 0) return new ConversionResult<ulong>(sign, i, 0);

        // Exact fast paths: both operands exact, so the one IEEE operation rounds correctly.
        if (t.Precision == 53 && count <= 15 && exponent10 >= -22 && exponent10 <= 22)
        {
            double v = exponent10 >= 0 ? small * ExactPowersOf10[exponent10] : small / ExactPowersOf10[-exponent10];
            return new ConversionResult<ulong>(sign | BitConverter.DoubleToUInt64Bits(v), i, 0);
        }
        if (t.Precision == 24 && count <= 7 && exponent10 >= -10 && exponent10 <= 10)
        {
            float f = (float)small;
            float p10 = (float)ExactPowersOf10[Math.Abs(exponent10)];
            float v = exponent10 >= 0 ? f * p10 : f / p10;
            return new ConversionResult<ulong>(sign | BitConverter.SingleToUInt32Bits(v), i, 0);
        }

        // Up to 19 digits and |exponent| ≤ 19: exact 128-bit arithmetic, always in the normal range.
        if (count <= 19 && exponent10 >= -19 && exponent10 <= 19)
            return new ConversionResult<ulong>(sign | RoundNormal128(small, (int)exponent10, t), i, 0);

        digits ??= new System.Text.StringBuilder().Append(small.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (sticky)
        {
            // Digits beyond MaxDigits only matter as "a little more": one nonzero digit stands for them.
            digits.Append('1');
            exponent10--;
        }
        var d = BigInteger.Parse(digits.ToString(), System.Globalization.CultureInfo.InvariantCulture);
        long magnitude = digits.Length + exponent10; // value < 10^magnitude, ≥ 10^(magnitude-1)
        long maxDecimal = t.Precision == 53 ? 310 : 40;
        long minDecimal = t.Precision == 53 ? -330 : -50;
        if (magnitude > maxDecimal) return Overflow(t, sign, i);
        if (magnitude < minDecimal) return new ConversionResult<ulong>(sign, i, ErrnoTable.ERANGE);
        if (exponent10 >= 0)
            return Round(d * BigInteger.Pow(10, (int)exponent10), 0, false, t, sign, i);
        var den = BigInteger.Pow(10, (int)-exponent10);
        long shift = Math.Max(0, t.Precision + 3 + (long)den.GetBitLength() - (long)d.GetBitLength());
        var q = BigInteger.DivRem(d << (int)shift, den, out var rem);
        return Round(q, -(int)shift, !rem.IsZero, t, sign, i);
    }

    // 6.4.4.2 hexadecimal-floating-constant form: hex digits with optional point, optional p exponent.
    private static ConversionResult<ulong> ParseHex(ReadOnlySpan<byte> s, int i, Target t, ulong sign)
    {
        BigInteger mant = BigInteger.Zero;
        int kept = 0;
        long exponent2 = 0;
        bool any = false, seenDot = false, sticky = false;
        for (; ; i++)
        {
            int c = At(s, i);
            int v = c is >= '0' and <= '9' ? c - '0' : (c | 0x20) is >= 'a' and <= 'f' ? (c | 0x20) - 'a' + 10 : -1;
            if (v >= 0)
            {
                any = true;
                if (kept == 0 && v == 0)
                {
                    if (seenDot) exponent2 -= 4;
                    continue;
                }
                if (kept < 200)
                {
                    mant = (mant << 4) | v;
                    kept++;
                    if (seenDot) exponent2 -= 4;
                }
                else
                {
                    if (v != 0) sticky = true;
                    if (!seenDot) exponent2 += 4;
                }
                continue;
            }
            if (c == '.' && !seenDot) { seenDot = true; continue; }
            break;
        }
        if (!any) return new ConversionResult<ulong>(0, 0, 0);
        i = ParseExponent(s, i, (byte)'p', out long exp);
        exponent2 = SaturatingAdd(exponent2, exp);
        if (mant.IsZero) return new ConversionResult<ulong>(sign, i, 0);
        long top = exponent2 + (long)mant.GetBitLength();
        if (top > t.MaxExponent + 2) return Overflow(t, sign, i);
        if (top < t.MinExponent - t.Precision - 2) return new ConversionResult<ulong>(sign, i, ErrnoTable.ERANGE);
        if (sticky)
        {
            mant = (mant << 1) | 1;
            exponent2--;
        }
        return Round(mant, (int)exponent2, false, t, sign, i);
    }

    private static readonly ulong[] Pow10Ulong = BuildPow10Ulong();

    private static ulong[] BuildPow10Ulong()
    {
        var t = new ulong[20];
        t[0] = 1;
        for (int k = 1; k < t.Length; k++) t[k] = t[k - 1] * 10;
        return t;
    }

    /// <summary>
    /// small·10^e10 rounded half-even to the target, for 1 ≤ small &lt; 10^19 and |e10| ≤ 19, where
    /// the value lies well inside the normal range of both binary32 and binary64.
    /// </summary>
    private static ulong RoundNormal128(ulong small, int e10, Target t)
    {
        UInt128 q;
        int e2 = 0;
        bool sticky = false;
        if (e10 >= 0)
        {
            q = (UInt128)small * Pow10Ulong[e10];
        }
        else
        {
            ulong den = Pow10Ulong[-e10];
            int sh = 127 - (64 - System.Numerics.BitOperations.LeadingZeroCount(small));
            UInt128 num = (UInt128)small << sh;
            q = num / den;
            sticky = q * den != num;
            e2 = -sh;
        }
        int bits = 128 - (int)UInt128.LeadingZeroCount(q);
        int shift = bits - t.Precision;
        long lead = bits - 1 + e2;
        ulong mant;
        if (shift > 0)
        {
            UInt128 m = q >> shift;
            UInt128 rest = q - (m << shift);
            UInt128 half = (UInt128)1 << (shift - 1);
            if (rest > half || (rest == half && (sticky || (m & 1) != 0))) m++;
            mant = (ulong)m;
        }
        else
        {
            mant = (ulong)q << -shift;
        }
        if (mant >> t.Precision != 0)
        {
            mant >>= 1;
            lead++;
        }
        ulong hidden = 1UL << (t.Precision - 1);
        return ((ulong)(lead + ((1L << (t.ExponentBits - 1)) - 1)) << (t.Precision - 1)) | (mant & (hidden - 1));
    }

    /// <summary>An exponent part (e or p, optional sign, at least one digit); without digits nothing is consumed.</summary>
    private static int ParseExponent(ReadOnlySpan<byte> s, int i, byte letter, out long exponent)
    {
        exponent = 0;
        if ((At(s, i) | 0x20) != letter) return i;
        int j = i + 1;
        bool negative = false;
        if (At(s, j) == '-') { negative = true; j++; }
        else if (At(s, j) == '+') j++;
        if (At(s, j) < '0' || At(s, j) > '9') return i;
        long v = 0;
        while (At(s, j) >= '0' && At(s, j) <= '9')
        {
            if (v < 1_000_000_000_000L) v = v * 10 + (At(s, j) - '0');
            j++;
        }
        exponent = negative ? -v : v;
        return j;
    }

    private static long SaturatingAdd(long a, long b)
    {
        long r = a + b;
        return Math.Clamp(r, -4_000_000_000_000L, 4_000_000_000_000L);
    }

    private static ConversionResult<ulong> Overflow(Target t, ulong sign, int end) =>
        new(sign | Infinity(t), end, ErrnoTable.ERANGE);

    /// <summary>
    /// Rounds q·2^e2 (plus a sticky fraction below q's last bit) to the target, half to even.
    /// </summary>
    private static ConversionResult<ulong> Round(BigInteger q, int e2, bool sticky, Target t, ulong sign, int end)
    {
        long bitLength = (long)q.GetBitLength();
        long lead = bitLength - 1 + e2; // q·2^e2 is in [2^lead, 2^(lead+1))
        if (lead > t.MaxExponent) return Overflow(t, sign, end);
        long lowest = Math.Max(lead - (t.Precision - 1), t.MinExponent - (t.Precision - 1)); // weight of the last kept bit
        long shift = lowest - e2;
        BigInteger mant;
        bool inexact;
        if (shift > 0)
        {
            mant = RoundShift(q, (int)Math.Min(shift, int.MaxValue), sticky, out inexact);
        }
        else
        {
            mant = q << (int)-shift;
            inexact = sticky;
        }

        // Tininess after rounding (x86-64): would the value, rounded to full precision with an
        // unbounded exponent range, be below the smallest normal?
        bool tiny = false;
        if (lead < t.MinExponent)
        {
            tiny = true;
            if (lead == t.MinExponent - 1)
            {
                long fullShift = lead - (t.Precision - 1) - e2;
                var full = fullShift > 0 ? RoundShift(q, (int)fullShift, sticky, out _) : q << (int)-fullShift;
                if (full.GetBitLength() > t.Precision) tiny = false; // rounded up to 2^MinExponent
            }
        }

        ulong m = (ulong)mant;
        long exponent = lowest;
        if (m >> t.Precision != 0)
        {
            m >>= 1; // carried into a new bit: 1.11…1 rounded to 10.00…0
            exponent++;
        }
        long top = exponent + t.Precision - 1;
        if (top > t.MaxExponent) return Overflow(t, sign, end);
        ulong bits;
        ulong hidden = 1UL << (t.Precision - 1);
        if ((m & hidden) != 0)
            bits = ((ulong)(top + ((1L << (t.ExponentBits - 1)) - 1)) << (t.Precision - 1)) | (m & (hidden - 1));
        else
            bits = m; // subnormal or zero: exponent field 0
        int errno = tiny && inexact ? ErrnoTable.ERANGE : 0;
        return new ConversionResult<ulong>(sign | bits, end, errno);
    }

    private static BigInteger RoundShift(BigInteger q, int shift, bool sticky, out bool inexact)
    {
        var mant = q >> shift;
        var rest = q - (mant << shift);
        var half = BigInteger.One << (shift - 1);
        int cmp = rest.CompareTo(half);
        inexact = !rest.IsZero || sticky;
        if (cmp > 0 || (cmp == 0 && (sticky || !mant.IsEven))) mant += 1;
        return mant;
    }
}
