using System.Text;

namespace Altitude.Tests.Libc;

/// <summary>Generates thousands of printf calls, runs them through glibc (via gcc) and through Altitude, compares bytes.</summary>
public class PrintfGccTests
{
    private static readonly long[] IntValues =
    [
        0, 1, -1, 7, -7, 44, 127, 128, -128, 255, 256, 300, -300, 32767, 32768, -32768, 65535, 65536,
        1234567, -1234567, int.MaxValue, int.MinValue, uint.MaxValue, 0x80000000L,
        long.MaxValue, long.MinValue, -2, 0x123456789abcdefL, 999999999999L,
    ];

    private static readonly string[] IntFlags = ["", "-", "+", " ", "#", "0", "-+", "+0", " 0", "#0", "-#", "- ", "+ ", "#-0"];
    private static readonly string[] Widths = ["", "1", "5", "12", "25"];
    private static readonly string[] IntPrecisions = ["", ".", ".0", ".1", ".3", ".10", ".22"];
    private static readonly string[] Lengths = ["hh", "h", "", "l", "ll", "j", "z", "t", "q", "L", "Z"];

    private static double H(long bits) => BitConverter.Int64BitsToDouble(bits);

    internal static double[] DoubleValues()
    {
        var list = new List<double>
        {
            0.0, -0.0, 1, -1, 0.5, 1.5, 2.5, 3.5, -2.5, 0.125, 0.375, 0.625, 1e22, 1e23, 1e21, double.MaxValue, -double.MaxValue,
            2.2250738585072014e-308, double.Epsilon, -double.Epsilon, 2.2250738585072009e-308, 1e-310,
            9.9999999e-5, 0.0001, 0.00001, 99999.95, 999999.5, 9999995, 123456789, 1e15, 1e16, 1e17, 0.1, 0.2, 0.3,
            1.0 / 3, 2.0 / 3, 9.5, 99.5, 999.5, 0.05, 0.15, 0.25, 0.35, 0.45, 1.005, 2.675, 100, 1e100, 1e-100, Math.PI, -Math.E,
            0.999999, 0.9999995, 9.9999995, 123.456, 1.0000005, 5e-5, 4.35, 1e300, 1e-300, 1.7976931348623157e308 / 3,
            double.PositiveInfinity, double.NegativeInfinity, double.NaN, -double.NaN, H(0x0010000000000000), H(0x000FFFFFFFFFFFFF), H(0x0008000000000000), H(0x0000000000000003),
            3.0, H(0x3FFFFFF000000000), H(0x3FF0000000000008), H(0x3FF0000000000018), H(0x3FFFFFFFFFFFFFFF), H(0x3FF8000000000001), 65536.0, 0.015625, 6.103515625e-05,
        };
        var random = new Random(12345);
        for (int i = 0; i < 40; i++)
            list.Add(BitConverter.Int64BitsToDouble(random.NextInt64(0, 0x7FF0_0000_0000_0000L)) * (i % 2 == 0 ? 1 : -1));
        for (int i = 0; i < 20; i++)
            list.Add(Math.Round(random.NextDouble() * 1000, i % 6) * Math.Pow(10, random.Next(-8, 9)));
        return list.ToArray();
    }

    private static readonly string[] FloatFlags = ["", "-", "+", " ", "#", "0", "+0", "#0", "- ", "#-", " 0"];
    private static readonly string[] FloatPrecisions = ["", ".", ".0", ".1", ".2", ".3", ".5", ".6", ".10", ".13", ".14", ".16", ".17", ".20", ".25", ".40", ".60"];

    internal static List<PrintfCase> Cases()
    {
        var cases = new List<PrintfCase>();
        int rot = 0;
        // Integers: every conversion and length, every value, a rotating choice of flags/width/precision.
        foreach (char conv in "diouxXbB")
        {
            foreach (var len in Lengths)
            {
                bool wide = len is "l" or "ll" or "j" or "z" or "t" or "q" or "L" or "Z";
                foreach (var v in IntValues)
                {
                    var arg = wide ? CArg.Long(v) : CArg.Int(v);
                    cases.Add(PrintfCase.Of($"%{len}{conv}", arg));
                    for (int k = 0; k < 3; k++)
                    {
                        rot++;
                        string f = IntFlags[rot % IntFlags.Length];
                        string w = Widths[(rot / 3) % Widths.Length];
                        string p = IntPrecisions[(rot / 7) % IntPrecisions.Length];
                        cases.Add(PrintfCase.Of($"[%{f}{w}{p}{len}{conv}]", arg));
                    }
                }
            }
        }
        // Every flag/width/precision combination for a few values.
        foreach (var f in IntFlags)
            foreach (var w in Widths)
                foreach (var p in IntPrecisions)
                    foreach (char conv in "dxo")
                        foreach (long v in new long[] { 0, 42, -42 })
                            cases.Add(PrintfCase.Of($"<%{f}{w}{p}{conv}>", CArg.Int(v)));
        // Star widths and precisions, negative ones included.
        foreach (int w in new[] { -10, -1, 0, 3, 10 })
            foreach (int p in new[] { -5, -1, 0, 2, 8 })
            {
                cases.Add(PrintfCase.Of("%*.*d", CArg.Int(w), CArg.Int(p), CArg.Int(-17)));
                cases.Add(PrintfCase.Of("%0*.*x", CArg.Int(w), CArg.Int(p), CArg.Int(255)));
                cases.Add(PrintfCase.Of("%*.*f", CArg.Int(w), CArg.Int(p), CArg.Dbl(-2.5)));
                cases.Add(PrintfCase.Of("%0*.*e", CArg.Int(w), CArg.Int(p), CArg.Dbl(12345.678)));
                cases.Add(PrintfCase.Of("%*.*s|", CArg.Int(w), CArg.Int(p), CArg.Str("abcdef")));
            }

        // Floating point: every conversion × value × precision, plus rotating flags/widths.
        var doubles = DoubleValues();
        foreach (char conv in "fFeEgGaA")
        {
            foreach (var v in doubles)
            {
                foreach (var p in FloatPrecisions)
                    cases.Add(PrintfCase.Of($"%{p}{conv}", CArg.Dbl(v)));
                for (int k = 0; k < 4; k++)
                {
                    rot++;
                    string f = FloatFlags[rot % FloatFlags.Length];
                    string w = Widths[(rot / 3) % Widths.Length];
                    string p = FloatPrecisions[(rot / 5) % FloatPrecisions.Length];
                    cases.Add(PrintfCase.Of($"[%{f}{w}{p}{conv}]", CArg.Dbl(v)));
                }
            }
            cases.Add(PrintfCase.Of($"%l{conv}", CArg.Dbl(3)));
        }
        // Huge precisions: every digit of the exact binary value.
        foreach (var v in new[] { double.MaxValue, double.Epsilon, 2.2250738585072014e-308, 0.1, 1e-300, 1.0 / 3, 123.456, 1e22 })
        {
            cases.Add(PrintfCase.Of("%.1100f", CArg.Dbl(v)));
            cases.Add(PrintfCase.Of("%.770e", CArg.Dbl(v)));
            cases.Add(PrintfCase.Of("%.800g", CArg.Dbl(v)));
            cases.Add(PrintfCase.Of("%#.800g", CArg.Dbl(v)));
            cases.Add(PrintfCase.Of("%.*f", CArg.Int(1075), CArg.Dbl(v)));
            cases.Add(PrintfCase.Of("%.30a", CArg.Dbl(v)));
        }
        // Rounding ties at many precisions.
        foreach (var v in new[] { 0.5, 1.5, 2.5, 0.125, 0.375, 1.25, 0.0625, 1e-5 * 5, 2.675, 1.125e10, 12345.5, 1.5e-6 })
            for (int p = 0; p < 8; p++)
                foreach (char conv in "feg")
                    cases.Add(PrintfCase.Of($"%.{p}{conv}", CArg.Dbl(v)));

        // Strings, characters, pointers.
        foreach (var s in new[] { "", "a", "hello", "a longer string here", "x\x01\xff" })
            foreach (var spec in new[] { "%s", "%10s", "%-10s", "%.3s", "%10.3s", "%-10.3s", "%.0s", "%.10s", "%05s", "%.*s", "%hhs" })
                cases.Add(spec == "%.*s" ? PrintfCase.Of("[%.*s]", CArg.Int(2), CArg.Str(s)) : PrintfCase.Of($"[{spec}]", CArg.Str(s)));
        foreach (var spec in new[] { "%s", "%.3s", "%.5s", "%.6s", "%10s", "%-10s", "%10.2s", "%ls", "%.3ls", "%8ls" })
            cases.Add(PrintfCase.Of($"[{spec}]", CArg.Null()));
        foreach (long c in new long[] { 'a', 0, 255, -1, 0x141, ' ' })
            foreach (var spec in new[] { "%c", "%5c", "%-5c", "%05c", "%hhc", "%.3c" })
                cases.Add(PrintfCase.Of($"[{spec}]", CArg.Int(c)));
        foreach (int c in new[] { 'a', 0, 0x7f, 0x80, 0xe9, 0x20ac, -1 })
            foreach (var spec in new[] { "%lc", "%5lc", "%-3C", "%llc", "%jc" })
                cases.Add(PrintfCase.Of($"[{spec}]", CArg.WInt(c)));
        foreach (var spec in new[] { "%ls", "%S", "%10ls", "%-10ls", "%.2ls", "%.3ls", "%.0ls", "%lls", "%zs" })
        {
            cases.Add(PrintfCase.Of($"[{spec}]", CArg.WStr('a', 'b', 'c')));
            cases.Add(PrintfCase.Of($"[{spec}]", CArg.WStr('a', 'b', 0xe9, 'c')));
            cases.Add(PrintfCase.Of($"[{spec}]", CArg.WStr()));
        }
        foreach (ulong p in new ulong[] { 0, 0x10, 0xdeadbeef, 0x7fffffffffffffff, 0xffffffffffffffff })
            foreach (var spec in new[] { "%p", "%20p", "%-20p", "%+p", "% p", "%#p", "%020p", "%.20p", "%.3p", "%-08p", "%3.8p", "%lp", "%hhp" })
                cases.Add(PrintfCase.Of($"[{spec}]", CArg.Ptr(p)));

        // %m and %#m.
        foreach (int e in new[] { 0, 1, 2, 22, 34, 41, 84, 133, 134, 9999, -5 })
            foreach (var spec in new[] { "%m", "%#m", "%10.4m", "%-30m|", "%#8m", "%#.3m", "%#+m" })
                cases.Add(new PrintfCase(Encoding.ASCII.GetBytes($"[{spec}]"), [], e));

        // Unknown conversions, % oddities, glibc flags, positional arguments.
        foreach (var f in new[] { "%y", "%5y", "%-05.3y", "%#+ 'Iy", "%hhy", "%lhd", "%Ly", "%.y", "%.*y", "%5%", "%-5%", "%%", "%'d", "%I d", "%'.2f",
                     "%k%w%v", "100%", "%5", "%l", "%.", "%-", "%hh", "%ll", "%1$", "%*", "%w32d" })
            cases.Add(PrintfCase.Of("[" + f, CArg.Int(7), CArg.Int(8)));
        foreach (var f in new[] { "%*y|%d", "%-*y|%d", "%.*y|%d" })
            cases.Add(PrintfCase.Of(f, CArg.Int(-6), CArg.Int(8)));
        cases.Add(PrintfCase.Of("%2$d %1$d", CArg.Int(1), CArg.Int(2)));
        cases.Add(PrintfCase.Of("%1$d %1$d %1$x", CArg.Int(255)));
        cases.Add(PrintfCase.Of("%1$*2$.*3$d|", CArg.Int(7), CArg.Int(6), CArg.Int(3)));
        cases.Add(PrintfCase.Of("%3$s %1$.2f %2$ld %1$g", CArg.Dbl(2.5), CArg.Long(1L << 40), CArg.Str("str")));
        cases.Add(PrintfCase.Of("%2$d", CArg.Int(1), CArg.Int(2)));
        cases.Add(PrintfCase.Of("%1$d %d", CArg.Int(1), CArg.Int(2)));
        cases.Add(PrintfCase.Of("%1$-*2$d|", CArg.Int(5), CArg.Int(-8)));
        cases.Add(PrintfCase.Of("%2$s %1$c%1$c", CArg.Int('z'), CArg.Str("ab")));
        foreach (var f in new[] { "[%1$d %5", "[%1$d %", "[%1$d %-5.3l", "[%1$d %#", "[%1$d %2$", "[%1$d %y", "[%1$d %5$y|", "[%1$d %-*y|" })
            cases.Add(PrintfCase.Of(f, CArg.Int(7), CArg.Int(8)));
        cases.Add(PrintfCase.Of("[%2$Lc %1$d]", CArg.Int(7), CArg.Int('a')));
        cases.Add(PrintfCase.Of("%2147483648d", CArg.Int(1)));
        cases.Add(PrintfCase.Of("%.2147483648d", CArg.Int(1)));
        cases.Add(PrintfCase.Of("%*d", CArg.Int(int.MinValue), CArg.Int(1)));
        cases.Add(PrintfCase.Of("%*s", CArg.Int(-3), CArg.Str("ab")));
        cases.AddRange(RandomCases(new Random(2026), 6000, doubles));
        return cases;
    }

    /// <summary>Random specs: flags in any order and number, widths and precisions literal or '*', any value.</summary>
    private static IEnumerable<PrintfCase> RandomCases(Random rng, int count, double[] doubles)
    {
        const string conversions = "diouxXbBfFeEgGaAcsp";
        for (int n = 0; n < count; n++)
        {
            char conv = conversions[rng.Next(conversions.Length)];
            var fmt = new StringBuilder("<%");
            var args = new List<CArg>();
            int flagCount = rng.Next(4);
            for (int k = 0; k < flagCount; k++) fmt.Append("-+ #0'"[rng.Next(6)]);
            switch (rng.Next(4))
            {
                case 1: fmt.Append(rng.Next(1, 40)); break;
                case 2: fmt.Append('*'); args.Add(CArg.Int(rng.Next(-40, 40))); break;
            }
            switch (rng.Next(5))
            {
                case 1: fmt.Append('.'); break;
                case 2: fmt.Append('.').Append(rng.Next(0, 45)); break;
                case 3: fmt.Append(".*"); args.Add(CArg.Int(rng.Next(-5, 45))); break;
            }
            if ("dioxXbBu".Contains(conv))
            {
                string len = Lengths[rng.Next(Lengths.Length)];
                fmt.Append(len);
                bool wide = len is "l" or "ll" or "j" or "z" or "t" or "q" or "L" or "Z";
                long v = rng.Next(3) == 0 ? IntValues[rng.Next(IntValues.Length)] : rng.NextInt64(long.MinValue, long.MaxValue) >> rng.Next(64);
                args.Add(wide ? CArg.Long(v) : CArg.Int(v));
            }
            else if ("fFeEgGaA".Contains(conv))
            {
                double v = rng.Next(2) == 0 ? doubles[rng.Next(doubles.Length)]
                    : BitConverter.Int64BitsToDouble(rng.NextInt64(long.MinValue, long.MaxValue));
                args.Add(CArg.Dbl(v));
            }
            else if (conv == 'c')
            {
                args.Add(CArg.Int(rng.Next(1, 256)));
            }
            else if (conv == 's')
            {
                args.Add(CArg.Str(new string('a', rng.Next(0, 12)) + "xyz"));
            }
            else
            {
                args.Add(CArg.Ptr(rng.Next(3) == 0 ? 0 : (ulong)rng.NextInt64(1, long.MaxValue)));
            }
            fmt.Append(conv).Append('>');
            yield return PrintfCase.Of(fmt.ToString(), args.ToArray());
        }
    }

    [Fact]
    public void Printf_matches_glibc_byte_for_byte()
    {
        if (!LibcGcc.Available()) return;
        var cases = Cases();
        Assert.True(cases.Count > 10000, $"only {cases.Count} cases");
        var src = new StringBuilder(LibcGcc.Prologue);
        src.AppendLine("static char buf[1 << 20];");
        src.AppendLine("static void rec(int r) { w32(r); w32(r < 0 ? errno : 0); wbytes(buf, r < 0 ? 0 : (r < (int)sizeof buf ? r : (int)sizeof buf - 1)); }");
        // Split into functions so gcc does not build one enormous function.
        int chunk = 0;
        for (int i = 0; i < cases.Count; i++)
        {
            if (i % 500 == 0)
            {
                if (i > 0) src.AppendLine("}");
                src.AppendLine($"static void chunk{chunk++}(void) {{ int r;");
            }
            var c = cases[i];
            src.Append($"errno = {c.Errno}; r = snprintf(buf, sizeof buf, {LibcGcc.CString(c.Format)}");
            foreach (var a in c.Args) src.Append(", ").Append(a.ToC());
            src.AppendLine("); rec(r);");
        }
        src.AppendLine("}");
        src.AppendLine("int main(int argc, char **argv) { out = fopen(argv[1], \"wb\");");
        for (int k = 0; k < chunk; k++) src.AppendLine($"chunk{k}();");
        src.AppendLine("fclose(out); return 0; }");

        var reader = new LibcGcc.RecordReader(LibcGcc.CompileAndRun("printf", src.ToString()));
        var failures = new List<string>();
        foreach (var c in cases)
        {
            int r = reader.Int32();
            int errno = reader.Int32();
            var expected = reader.Bytes(reader.Int32());
            (byte[] actual, var result) = PrintfRun.Format(c);
            bool same = r < 0 ? result.Count < 0 && result.Errno == errno : result.Count == r && actual.AsSpan().SequenceEqual(expected);
            if (!same && failures.Count < 40)
                failures.Add($"{c}: glibc {r} (errno {errno}) {PrintfRun.Show(expected)}; altitude {result.Count} (errno {result.Errno}) {PrintfRun.Show(actual)}");
        }
        Assert.True(reader.AtEnd);
        Assert.True(failures.Count == 0, $"{failures.Count}+ mismatches of {cases.Count}:\n" + string.Join("\n", failures));
    }
}
