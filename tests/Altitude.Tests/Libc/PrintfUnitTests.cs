using System.Globalization;
using System.Numerics;
using System.Text;
using Altitude.Vm.Libc.Formatting;

namespace Altitude.Tests.Libc;

/// <summary>printf parser and formatter facts that hold without gcc (values checked against glibc 2.36).</summary>
public class PrintfUnitTests
{
    private static string Run(string format, params CArg[] args) => Run(format, 0, args);

    private static string Run(string format, int errno, params CArg[] args)
    {
        var (bytes, result) = PrintfRun.Format(new PrintfCase(Encoding.Latin1.GetBytes(format), args, errno));
        Assert.Equal(bytes.Length, result.Count);
        return Encoding.Latin1.GetString(bytes);
    }

    [Fact]
    public void Parser_reports_fields_of_a_spec()
    {
        var f = PrintfFormat.Parse("x%-+08.3lld%%y"u8);
        Assert.Equal(4, f.Pieces.Count);
        var s = f.Pieces[1].Spec!;
        Assert.Equal((byte)'d', s.Conversion);
        Assert.Equal(PrintfFlags.LeftAlign | PrintfFlags.ShowSign, s.Flags); // 0 dropped because of -
        Assert.Equal(8, s.Width);
        Assert.Equal(3, s.Precision);
        Assert.Equal(FormatLength.LongLong, s.Length);
        Assert.Equal(PrintfArgType.LongLong, s.ValueType);
        Assert.Equal("ll", s.LengthText);
        Assert.True(f.Pieces[2].Spec is { Conversion: (byte)'%', ValueArgument: -1 });
        Assert.True(f.Pieces[3].IsLiteral);
        Assert.Equal("y", Encoding.ASCII.GetString(f.Literal(f.Pieces[3])));
    }

    [Fact]
    public void Parser_lists_argument_types_after_promotions()
    {
        var f = PrintfFormat.Parse("%*.*f %s %p %hhn %hhd %lc %zu %td %Lg %ls"u8);
        Assert.Equal(
            [PrintfArgType.Int, PrintfArgType.Int, PrintfArgType.Double, PrintfArgType.CharPointer, PrintfArgType.VoidPointer,
             PrintfArgType.SignedCharPointer, PrintfArgType.Int, PrintfArgType.WInt, PrintfArgType.Size, PrintfArgType.Ptrdiff,
             PrintfArgType.LongDouble, PrintfArgType.WCharPointer],
            f.ArgumentTypes);
        var p = PrintfFormat.Parse("%2$s %1$*3$d"u8);
        Assert.True(p.IsPositional);
        Assert.Equal([PrintfArgType.Int, PrintfArgType.CharPointer, PrintfArgType.Int], p.ArgumentTypes);
    }

    [Theory]
    [InlineData("%y", PrintfIssueKind.UnknownConversion)]
    [InlineData("abc%", PrintfIssueKind.IncompleteSpec)]
    [InlineData("%#d", PrintfIssueKind.AlternateNotApplicable)]
    [InlineData("%hf", PrintfIssueKind.LengthNotApplicable)]
    [InlineData("%05s", PrintfIssueKind.ZeroNotApplicable)]
    [InlineData("%.3c", PrintfIssueKind.PrecisionNotApplicable)]
    [InlineData("%1$d %d", PrintfIssueKind.MixedPositional)]
    [InlineData("%3$d %1$d", PrintfIssueKind.PositionalGap)]
    [InlineData("%99999999999d", PrintfIssueKind.NumberOverflow)]
    [InlineData("%2147483647$d", PrintfIssueKind.NumberOverflow)]
    [InlineData("%1$*70000$d", PrintfIssueKind.NumberOverflow)]
    public void Parser_reports_issues(string format, PrintfIssueKind kind)
    {
        var f = PrintfFormat.Parse(Encoding.ASCII.GetBytes(format));
        Assert.Contains(f.Issues, i => i.Kind == kind);
        Assert.Empty(PrintfFormat.Parse("%d %5.2f %-10s %#x %p %hhn %%"u8).Issues);
    }

    [Fact]
    public void Integers_truncate_and_honour_flags()
    {
        Assert.Equal("44", Run("%hhd", CArg.Int(300)));
        Assert.Equal("", Run("%.0d", CArg.Int(0)));
        Assert.Equal("0", Run("%#x", CArg.Int(0)));
        Assert.Equal("0", Run("%#.0o", CArg.Int(0)));
        Assert.Equal("0x001", Run("%#5.3x", CArg.Int(1)));
        Assert.Equal("     005", Run("%08.3d", CArg.Int(5)));
        Assert.Equal("-9223372036854775808", Run("%ld", CArg.Long(long.MinValue)));
        Assert.Equal("18446744073709551615", Run("%lu", CArg.Long(-1)));
        Assert.Equal("0b101", Run("%#b", CArg.Int(5)));
        Assert.Equal("1    ", Run("%*d", CArg.Int(-5), CArg.Int(1)));
    }

    [Fact]
    public void Floats_are_exact()
    {
        string max = Run("%f", CArg.Dbl(double.MaxValue));
        Assert.Equal(new BigInteger(double.MaxValue).ToString(CultureInfo.InvariantCulture) + ".000000", max);
        Assert.Equal(309 + 7, max.Length);
        Assert.Equal("0.100000000000000005551115123125782702118158340454101562500000", Run("%.60f", CArg.Dbl(0.1)));
        Assert.Equal("2 2 4 0.12", Run("%.0f %.0f %.0f %.2f", CArg.Dbl(1.5), CArg.Dbl(2.5), CArg.Dbl(3.5), CArg.Dbl(0.125)));
        Assert.Equal("9.9999999e-05 0.0001", Run("%.8g %g", CArg.Dbl(9.9999999e-5), CArg.Dbl(9.99999996e-5)));
        Assert.Equal("1e+22 1.e+06", Run("%g %#g", CArg.Dbl(1e22), CArg.Dbl(999999.5)));
        Assert.Equal("-0.000000 -0", Run("%f %g", CArg.Dbl(-0.0), CArg.Dbl(-0.0)));
        Assert.Equal("inf -inf -nan NAN", Run("%f %e %g %F", CArg.Dbl(double.PositiveInfinity), CArg.Dbl(double.NegativeInfinity), CArg.Dbl(BitConverter.Int64BitsToDouble(unchecked((long)0xFFF8000000000000UL))), CArg.Dbl(BitConverter.Int64BitsToDouble(0x7FF8000000000000L))));
        Assert.Equal("      -nan", Run("%010f", CArg.Dbl(double.NaN))); // .NET's NaN has the sign bit set
        Assert.Equal("4.940656e-324", Run("%e", CArg.Dbl(double.Epsilon)));
    }

    [Fact]
    public void Hex_floats_print_as_glibc()
    {
        Assert.Equal("0x1.8p+1", Run("%a", CArg.Dbl(3)));
        Assert.Equal("0X1.8P+1", Run("%A", CArg.Dbl(3)));
        Assert.Equal("0x0.0000000000001p-1022", Run("%a", CArg.Dbl(double.Epsilon)));
        Assert.Equal("0x0p+0", Run("%a", CArg.Dbl(0)));
        Assert.Equal("0x2p+0 0x2p+0", Run("%.0a %.0a", CArg.Dbl(1.5), CArg.Dbl(1.99)));
        Assert.Equal("0x1.000p+0", Run("%.3a", CArg.Dbl(1)));
        Assert.Equal("-0x0001.8p+1", Run("%012a", CArg.Dbl(-3)));
    }

    [Fact]
    public void Strings_characters_and_pointers()
    {
        Assert.Equal("\0", Run("%c", CArg.Int(0)));
        Assert.Equal("(null) ||", Run("%s |%.3s|", CArg.Null(), CArg.Null()));
        Assert.Equal("(nil) 0x10 +0x10", Run("%p %p %+p", CArg.Ptr(0), CArg.Ptr(0x10), CArg.Ptr(0x10)));
        Assert.Equal("   ab", Run("%05s", CArg.Str("ab")));

        // The precision bounds the reads: no byte past it is touched.
        var format = PrintfFormat.Parse("%.2s"u8);
        var args = new ListArgs([CArg.Str("abcdef")]);
        var bytes = PrintfFormatter.FormatToArray(format, ref args, 0, out _);
        Assert.Equal("ab"u8.ToArray(), bytes);
        Assert.Equal(1, args.MaxOffsetRead);
    }

    [Fact]
    public void Wide_characters_outside_ascii_fail_with_eilseq()
    {
        var (bytes, result) = PrintfRun.Format(PrintfCase.Of("[%lc]", CArg.WInt(0xe9)));
        Assert.Equal(new PrintfResult(-1, ErrnoTable.EILSEQ), result);
        Assert.Equal("["u8.ToArray(), bytes); // what came before stays written
        Assert.Equal("ab", Run("%ls", CArg.WStr('a', 'b')));
        Assert.Equal("ab", Run("%.2ls", CArg.WStr('a', 'b', 0xe9)));
    }

    [Fact]
    public void Percent_n_stores_the_count_so_far()
    {
        var format = PrintfFormat.Parse("abc%n%hhnde"u8);
        var args = new ListArgs([CArg.Ptr(0x1000), CArg.Ptr(0x2000)]);
        var bytes = PrintfFormatter.FormatToArray(format, ref args, 0, out var result);
        Assert.Equal(5, result.Count);
        Assert.Equal("abcde"u8.ToArray(), bytes);
        Assert.Equal([(0, PrintfArgType.IntPointer, 3L), (1, PrintfArgType.SignedCharPointer, 3L)], args.Stores);
    }

    [Fact]
    public void Errno_messages_and_unknown_conversions()
    {
        Assert.Equal("Invalid argument|EINVAL|Unknown error 9999", Run("%m|%#m|", 22) + Run("%m", 9999));
        Assert.Equal("%5y %-5.3y %#'+Iy %y", Run("%5y %-05.3y %#+ 'Iy %hhy"));
        Assert.Equal("%7y", Run("%*y", CArg.Int(7)));
        var (_, incomplete) = PrintfRun.Format(PrintfCase.Of("abc%"));
        Assert.Equal(new PrintfResult(-1, ErrnoTable.EINVAL), incomplete);
        Assert.Equal("2 1", Run("%2$d %1$d", CArg.Int(1), CArg.Int(2)));
    }
}

/// <summary>The sink counts everything but stores only up to its limit (snprintf, huge widths).</summary>
public class ByteSinkTests
{
    [Fact]
    public void Store_limit_keeps_the_count_but_not_the_bytes()
    {
        var sink = new ByteSink(16, storeLimit: 4);
        var format = PrintfFormat.Parse("%s|%1000000000d"u8);
        var args = new ListArgs([CArg.Str("abcdef"), CArg.Int(7)]);
        var result = PrintfFormatter.Format(format, ref args, sink, 0);
        Assert.Equal(7 + 1_000_000_000, result.Count);
        Assert.Equal("abcd"u8.ToArray(), sink.ToArray());

        var overflow = PrintfFormat.Parse("%2147483647d%d"u8);
        var args2 = new ListArgs([CArg.Int(1), CArg.Int(2)]);
        var r2 = PrintfFormatter.Format(overflow, ref args2, new ByteSink(16, 0), 0);
        Assert.Equal(new PrintfResult(-1, ErrnoTable.EOVERFLOW), r2);
    }
}

/// <summary>Huge precisions are counted exactly without materialising the zeros.</summary>
public class HugePrecisionTests
{
    private static (PrintfResult Result, string Head, string Tail) Run(string format, double v)
    {
        var sink = new ByteSink(64, storeLimit: 1 << 20);
        var args = new ListArgs([CArg.Dbl(v)]);
        var r = PrintfFormatter.Format(PrintfFormat.Parse(Encoding.ASCII.GetBytes(format)), ref args, sink, 0);
        var text = Encoding.ASCII.GetString(sink.WrittenSpan);
        return (r, text[..Math.Min(8, text.Length)], text[^Math.Min(8, text.Length)..]);
    }

    [Fact]
    public void Zeros_beyond_the_exact_expansion_are_counted()
    {
        Assert.Equal((new PrintfResult(1_000_000_002, 0), "0.500000"), (Run("%.1000000000f", 0.5).Result, Run("%.1000000000f", 0.5).Head));
        Assert.Equal(new PrintfResult(100_000_006, 0), Run("%.100000000e", 1).Result);
        Assert.Equal(new PrintfResult(100_000_007, 0), Run("%.100000000a", 1).Result);
        Assert.Equal(new PrintfResult(3, 0), Run("%.100000000g", 0.5).Result);
        Assert.Equal(new PrintfResult(100_000_002, 0), Run("%#.100000000g", 0.5).Result);
    }

    [Fact]
    public void Small_huge_precisions_match_exact_digits()
    {
        var (bytes, _) = PrintfRun.Format(PrintfCase.Of("%.1500e|%#.1500g|%.1500a", CArg.Dbl(0.1), CArg.Dbl(0.1), CArg.Dbl(0.1)));
        var text = Encoding.ASCII.GetString(bytes).Split('|');
        Assert.StartsWith("1.000000000000000055511151231257827021181583404541015625000", text[0]);
        Assert.EndsWith("000e-01", text[0]);
        Assert.Equal(1500 + 6, text[0].Length);
        Assert.StartsWith("0.100000000000000005551115123125782702118158340454101562500", text[1]);
        Assert.Equal(1502, text[1].Length);
        Assert.StartsWith("0x1.999999999999a000", text[2]);
        Assert.EndsWith("0p-4", text[2]);
    }
}
