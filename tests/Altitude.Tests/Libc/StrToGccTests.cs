using System.Globalization;
using System.Text;
using Altitude.Vm.Libc.Formatting;

namespace Altitude.Tests.Libc;

/// <summary>strtod/strtof/strtol/strtoul on tricky inputs, compared with glibc through gcc.</summary>
public class StrToGccTests
{
    internal static List<string> FloatInputs()
    {
        var list = new List<string>
        {
            "0", "-0", "+0", "1", "-1", "  3.25xyz", "\t\n\v\f\r 42", "0x", "0X", "0x.", "0xg", "-0x", "0x.p1", "0x1p", "0x1p+", "0x1.8p1", "0X1.8P+1",
            "  -0x1p-1074", "0x1p-1075", "0x1.8p-1075", "0x1.0000000000001p-1075", "0x0.0000000000001p-1022", "0x1p-1022", "0x0.fffffffffffffp-1022",
            "0x0.fffffffffffff8p-1022", "0x1.fffffffffffffp1023", "0x1.fffffffffffff8p1023", "0x1p1024", "0x.8", "0xA.Bp-3", "0x123456789abcdef0123p0",
            "1e", "1e+", "1e-", "1e5", "1E5x", "1.e3", ".5", ".", "-.", "+.e1", "e5", ".e5", "1.5e+308", "1e308", "1.7976931348623157e308",
            "1.7976931348623158e308", "1.797693134862315807e308", "1.7976931348623159e308", "1e309", "1e400", "-1e400", "1e-400", "-1e-400",
            "4.9e-324", "4.94065645841246544e-324", "2.4703282292062327e-324", "2.4703282292062328e-324", "2.47032822920623272e-324",
            "3e-324", "7.4e-324", "2.2250738585072011e-308", "2.2250738585072012e-308", "2.2250738585072014e-308", "2.225073858507201e-308",
            "1e-310", "1e-320", "inf", "INF", "-Inf", "infinity", "INFINITY", "infinit", "infinityx", "infx", "in", "nan", "NaN", "-nan", "nan(",
            "nan()", "nan(123)", "nan(0x7ffff)", "nan(abc_1)", "nan(12a)", "nan(-1)", "nan(0xfffffffffffffffff)", "nan(1 2)", "nanny", "-nan(5)",
            "0.1", "0.2", "0.3", "1.1", "123456789012345678901234567890", "9007199254740993", "9007199254740992.5", "9007199254740993.0000000001",
            "0.000000000000000000000000000001", "1e-5", "3.4028235e38", "3.4028236e38", "3.40282356779733661637539395458142568448e38",
            "3.4028235677973366e38", "1.17549435e-38", "1.4e-45", "7e-46", "7.006492321624086e-46", "7.0064923216240862e-46", "1e-46",
            "1.1754942e-38", "1.17549428e-38", "0x1.fffffep127", "0x1.ffffffp127", "0x1p-149", "0x1p-150", "0x1.8p-150", "0x1.000002p-150",
            "16777217", "16777217.000001", "33554431", "0.5", "1e22", "1e23", "8.5e-5", "   +1.5e-3   ", "1,5", "1_0", "00000123.4500000e-0002",
        };
        list.Add("0." + new string('0', 400) + "1e400");
        list.Add("1" + new string('0', 400) + "e-400");
        list.Add(new string('9', 900));
        list.Add("2.4703282292062327208828439643411068618252990130716238221279284125033775363510437593264991818081799618989828234772285886546332835517796989819938739800539093906315035659515570226392290858392449105184435931802849936536152500319370457678249219365623669863658480757001585769269903706311928279558551332927834338409351978015531246597263579574622766465272827220056374006485499977096599470454020828166226237857393450736339007967761930577506740176324673600968951340535537458516661134223766678604162159680461914467291840300530057530849048765391711386591646239524912623653881879636239373280423891018672348497668235089863388587925628302755995657524455507255189313690836254779186948667994968324049705821028513185451396213837722826145437693412532098591327667236328125e-324");
        list.Add("2.4703282292062327208828439643411068618252990130716238221279284125033775363510437593264991818081799618989828234772285886546332835517796989819938739800539093906315035659515570226392290858392449105184435931802849936536152500319370457678249219365623669863658480757001585769269903706311928279558551332927834338409351978015531246597263579574622766465272827220056374006485499977096599470454020828166226237857393450736339007967761930577506740176324673600968951340535537458516661134223766678604162159680461914467291840300530057530849048765391711386591646239524912623653881879636239373280423891018672348497668235089863388587925628302755995657524455507255189313690836254779186948667994968324049705821028513185451396213837722826145437693412532098591327667236328125000000000000000000000000000001e-324");
        list.Add("1" + new string('0', 5000) + "e-5000");
        list.Add("0x1" + new string('0', 300) + "p-1200");
        list.Add("1e999999999999999999999");
        list.Add("1e-999999999999999999999");
        list.Add("0e999999999999");
        var random = new Random(777);
        for (int i = 0; i < 300; i++)
        {
            double v = BitConverter.Int64BitsToDouble(random.NextInt64(0, 0x7FF0_0000_0000_0000L));
            list.Add(v.ToString("R", CultureInfo.InvariantCulture));
            list.Add(v.ToString("E" + random.Next(1, 25), CultureInfo.InvariantCulture));
            float f = BitConverter.Int32BitsToSingle(random.Next(0, 0x7F80_0000));
            list.Add(f.ToString("E" + random.Next(1, 12), CultureInfo.InvariantCulture));
        }
        // Up to 19 significant digits with small exponents (the 128-bit exact path).
        for (int i = 0; i < 400; i++)
        {
            string mant = ((ulong)random.NextInt64(1, long.MaxValue) >> random.Next(60)).ToString(CultureInfo.InvariantCulture);
            int dot = random.Next(mant.Length + 1);
            string withDot = dot == mant.Length ? mant : mant[..dot] + "." + mant[dot..];
            list.Add(withDot + "e" + random.Next(-19, 20).ToString(CultureInfo.InvariantCulture));
        }
        // Float midpoints: 17-digit decimals near binary32 halfway points.
        for (int i = 0; i < 100; i++)
        {
            float f = BitConverter.Int32BitsToSingle(random.Next(0x0080_0000, 0x7F00_0000));
            double mid = ((double)f + (double)BitConverter.Int32BitsToSingle(BitConverter.SingleToInt32Bits(f) + 1)) / 2;
            list.Add(mid.ToString("R", CultureInfo.InvariantCulture));
        }
        // Random number-ish strings.
        const string pool = " 0123456789+-.xXeEpPaAbBfFnNiItTyY()_z";
        for (int i = 0; i < 1500; i++)
        {
            var sb = new StringBuilder();
            int len = random.Next(0, 14);
            for (int k = 0; k < len; k++) sb.Append(pool[random.Next(pool.Length)]);
            list.Add(sb.ToString());
        }
        // Midpoints between neighbouring doubles (exact ties) and just around them.
        for (int i = 0; i < 40; i++)
        {
            double v = BitConverter.Int64BitsToDouble(random.NextInt64(0x0010_0000_0000_0000L, 0x7FE0_0000_0000_0000L));
            FloatFormatter.Decompose(v, out ulong m, out int e);
            var mid = (new System.Numerics.BigInteger(m) * 2 + 1);
            list.Add(ExactDecimal(mid, e - 1));
        }
        return list;
    }

    private static string ExactDecimal(System.Numerics.BigInteger mant, int e2)
    {
        if (e2 >= 0) return (mant << e2).ToString(CultureInfo.InvariantCulture);
        // mant / 2^-e2 = mant·5^-e2 / 10^-e2
        var scaled = mant * System.Numerics.BigInteger.Pow(5, -e2);
        return scaled.ToString(CultureInfo.InvariantCulture) + "e" + e2.ToString(CultureInfo.InvariantCulture);
    }

    internal static List<string> IntegerInputs() =>
    [.. RandomIntegerInputs(),
        "0", "1", "-1", "+1", "  42", "\t-42abc", "0x", "0X", "0xg", "0x1f", "0X1F", "-0x1f", "0x-1", "010", "08", "0b101", "z", "Z", "zz", "-",
        "+", "", "   ", " +-1", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
        "18446744073709551615", "18446744073709551616", "-18446744073709551615", "-18446744073709551616", "99999999999999999999999",
        "0x7fffffffffffffff", "0x8000000000000000", "0xffffffffffffffff", "0x10000000000000000", "-0x8000000000000000", "0777", "0x0x1",
        "1234567890123456789012", "-0", "00000000000000000000000000001", "2147483647", "2147483648", "-2147483649", "4294967296", "1 2",
        "123abc", "abc", "ABC", "10000000000000000000000000000000000000000000000000000000000000000", "0x ", "-0x", " 0xZ",
    ];

    private static IEnumerable<string> RandomIntegerInputs()
    {
        var random = new Random(4242);
        const string pool = " 0123456789+-xXabczZ\t";
        for (int i = 0; i < 300; i++)
        {
            var sb = new StringBuilder();
            int len = random.Next(0, 24);
            for (int k = 0; k < len; k++) sb.Append(pool[random.Next(pool.Length)]);
            yield return sb.ToString();
        }
    }

    private static readonly int[] Bases = [0, 2, 8, 10, 16, 36, 1, 37, -1, 35, 3];

    [Fact]
    public void StrToD_StrToF_StrToL_StrToUL_match_glibc()
    {
        if (!LibcGcc.Available()) return;
        var floats = FloatInputs();
        var ints = IntegerInputs();
        var src = new StringBuilder(LibcGcc.Prologue);
        src.AppendLine("static void fd(const char *s) { char *e; errno = 0; double v = strtod(s, &e); w64(bitsd(v)); w32(e - s); w32(errno); }");
        src.AppendLine("static void ff(const char *s) { char *e; errno = 0; float v = strtof(s, &e); w32(bitsf(v)); w32(e - s); w32(errno); }");
        src.AppendLine("static void fl(const char *s, int b) { char *e = (char*)s - 1; errno = 0; long v = strtol(s, &e, b); w64(v); w32(e - s); w32(errno); }");
        src.AppendLine("static void fu(const char *s, int b) { char *e = (char*)s - 1; errno = 0; unsigned long v = strtoul(s, &e, b); w64((long long)v); w32(e - s); w32(errno); }");
        src.AppendLine("static void fi(const char *s) { w32(atoi(s)); w64(atol(s)); }");
        src.AppendLine("int main(int argc, char **argv) { out = fopen(argv[1], \"wb\");");
        foreach (var s in floats)
        {
            var lit = LibcGcc.CString(Encoding.ASCII.GetBytes(s));
            src.AppendLine($"fd({lit}); ff({lit});");
        }
        foreach (var s in ints)
        {
            var lit = LibcGcc.CString(Encoding.ASCII.GetBytes(s));
            foreach (int b in Bases) src.AppendLine($"fl({lit}, {b}); fu({lit}, {b});");
            src.AppendLine($"fi({lit});");
        }
        src.AppendLine("fclose(out); return 0; }");
        var reader = new LibcGcc.RecordReader(LibcGcc.CompileAndRun("strto", src.ToString()));
        var failures = new List<string>();
        void Check(string what, string input, long expV, int expEnd, int expErr, long actV, int actEnd, int actErr)
        {
            if ((expV, expEnd, expErr) != (actV, actEnd, actErr) && failures.Count < 40)
                failures.Add($"{what}({LibcGcc.CString(Encoding.ASCII.GetBytes(input.Length > 60 ? input[..60] + "..." : input))}): glibc {expV:x} end {expEnd} errno {expErr}; altitude {actV:x} end {actEnd} errno {actErr}");
        }
        int checks = 0;
        foreach (var s in floats)
        {
            var bytes = Encoding.ASCII.GetBytes(s);
            long v = reader.Int64(); int end = reader.Int32(), err = reader.Int32();
            var d = StrToFloat.StrToD(bytes);
            Check("strtod", s, v, end, err, BitConverter.DoubleToInt64Bits(d.Value), d.End, d.Errno);
            int fv = reader.Int32(); end = reader.Int32(); err = reader.Int32();
            var f = StrToFloat.StrToF(bytes);
            Check("strtof", s, fv, end, err, BitConverter.SingleToInt32Bits(f.Value), f.End, f.Errno);
            checks += 2;
        }
        foreach (var s in ints)
        {
            var bytes = Encoding.ASCII.GetBytes(s);
            foreach (int b in Bases)
            {
                long v = reader.Int64(); int end = reader.Int32(), err = reader.Int32();
                var l = StrToInteger.StrToL(bytes, b);
                Check($"strtol/{b}", s, v, end, err, l.Value, l.End, l.Errno);
                v = reader.Int64(); end = reader.Int32(); err = reader.Int32();
                var u = StrToInteger.StrToUL(bytes, b);
                Check($"strtoul/{b}", s, v, end, err, (long)u.Value, u.End, u.Errno);
                checks += 2;
            }
            int ai = reader.Int32();
            long al = reader.Int64();
            Check("atoi", s, ai, 0, 0, StrToInteger.AtoI(bytes), 0, 0);
            Check("atol", s, al, 0, 0, StrToInteger.AtoL(bytes), 0, 0);
            checks += 2;
        }
        Assert.True(reader.AtEnd);
        Assert.True(checks > 2000, $"only {checks} checks");
        Assert.True(failures.Count == 0, $"{failures.Count}+ mismatches of {checks}:\n" + string.Join("\n", failures));
    }
}
