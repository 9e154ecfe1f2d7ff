using Altitude.Diagnostics;
using Altitude.Sexpcode;
using SexpNode = Altitude.Sexpcode.Sexp;

namespace Altitude.Tests.Sexp;

public class SexpRoundTripTests
{
    internal static SexpNode ReadOk(string text)
    {
        var bag = new DiagnosticBag();
        var sexp = SexpReader.Read(text, "t.sexp", bag);
        Assert.True(sexp is not null, string.Join("\n", bag.Items));
        return sexp!;
    }

    private static void AssertRoundTrip(SexpNode sexp)
    {
        var text = SexpPrinter.Print(sexp);
        var back = ReadOk(text);
        Assert.True(SexpNode.StructurallyEquals(sexp, back), "tree differs after reading back:\n" + text);
        Assert.Equal(text, SexpPrinter.Print(back));
    }

    [Fact]
    public void HandBuiltUnitRoundTripsAndValidates()
    {
        var unit = SexpSamples.LinkedListUnit();
        AssertRoundTrip(unit);
        var bag = new DiagnosticBag();
        Assert.True(SexpValidator.Validate(unit, bag), string.Join("\n", bag.Items));
        var text = SexpPrinter.Print(unit);
        Assert.Contains("(member int", text);
        Assert.Contains("@0:5:22", text);
        Assert.Contains("\"hi\\n\\\"\\\\\\x01\\xff\"", text);
    }

    [Fact]
    public void ProgramOfUnitsRoundTrips()
    {
        var program = SexpNode.Make(SexpTag.Program, SexpSamples.LinkedListUnit(), SexpSamples.LinkedListUnit());
        AssertRoundTrip(program);
        Assert.True(SexpValidator.Validate(program, new DiagnosticBag()));
    }

    [Fact]
    public void AtomsPrintBareAndReadEitherWay()
    {
        Assert.Equal("(ptr unsigned-long)", SexpPrinter.PrintFlat(SexpNode.Make(SexpTag.Ptr, SexpTag.UnsignedLong)));
        var a = ReadOk("(ptr (unsigned-long))");
        Assert.Equal(SexpTag.UnsignedLong, a.Arg(0).Tag);
        Assert.Same(SexpNode.Atom(SexpTag.UnsignedLong), a.Arg(0));
    }

    [Theory]
    [InlineData(0.1, "0.1")]
    [InlineData(1.0, "1.0")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(1e300, "1E+300")]
    [InlineData(double.PositiveInfinity, "#inf")]
    [InlineData(double.NegativeInfinity, "#-inf")]
    [InlineData(5e-324, "5E-324")]
    public void DoublesPrintExactly(double d, string expected)
    {
        Assert.Equal(expected, SexpPrinter.FormatDouble(d));
        var back = ReadOk($"(lit double {expected})");
        Assert.Equal(BitConverter.DoubleToInt64Bits(d), BitConverter.DoubleToInt64Bits(back.Args[1].AsDouble));
    }

    [Fact]
    public void NaNPayloadsRoundTrip()
    {
        var odd = BitConverter.Int64BitsToDouble(unchecked((long)0xfff0000000000123));
        var s = SexpNode.Make(SexpTag.Lit, SexpTag.Double, odd);
        Assert.Equal("(lit double #nan:fff0000000000123)\n", SexpPrinter.Print(s));
        AssertRoundTrip(s);
        var canonical = ReadOk("(lit double #nan)");
        Assert.Equal(SexpPrinter.CanonicalNaNBits, BitConverter.DoubleToInt64Bits(canonical.Args[1].AsDouble));
    }

    [Fact]
    public void IntegerExtremesRoundTrip()
    {
        var s = SexpNode.Make(SexpTag.Case, long.MinValue, "a");
        Assert.Equal("(case -9223372036854775808 \"a\")", SexpPrinter.PrintFlat(s));
        AssertRoundTrip(SexpNode.Make(SexpTag.CaseRange, long.MinValue, long.MaxValue, "b"));
    }

    [Fact]
    public void EveryCodeUnitRoundTripsInStrings()
    {
        var chars = new char[0x10000];
        for (var i = 0; i < chars.Length; i++) chars[i] = (char)i;
        var s = SexpNode.Make(SexpTag.Label, new string(chars));
        AssertRoundTrip(s);
    }

    [Fact]
    public void LongExpressionsBreakOverLinesAndStillRoundTrip()
    {
        var e = (SexpNode)SexpNode.Make(SexpTag.Local, SexpTag.Int, "a_rather_long_variable_name");
        for (var i = 0; i < 30; i++) e = SexpNode.Make(SexpTag.Add, new SexpLocation(0, i + 1, 1), SexpTag.Int, e, SexpNode.Make(SexpTag.Lit, SexpTag.Int, i));
        var text = SexpPrinter.Print(e);
        Assert.All(text.Split('\n'), line => Assert.True(line.Length <= 400, line));
        AssertRoundTrip(e);
    }

    [Fact]
    public void DeepTreesPrintWithoutRecursionLimits()
    {
        var e = (SexpNode)SexpNode.Make(SexpTag.Lit, SexpTag.Int, 1);
        for (var i = 0; i < 5000; i++) e = SexpNode.Make(SexpTag.Neg, SexpTag.Int, e);
        var text = SexpPrinter.Print(e);
        var back = ReadOk(text);
        Assert.True(SexpNode.StructurallyEquals(e, back));
        Assert.Equal(text, SexpPrinter.Print(back));
    }

    [Fact]
    public void CommentsAndWhitespaceAreIgnored()
    {
        var a = ReadOk("; header\n( ptr ; the pointee\n\t int )\n; trailer");
        Assert.Equal("(ptr int)", SexpPrinter.PrintFlat(a));
    }

    [Fact]
    public void RandomTreesRoundTrip()
    {
        var random = new Random(20261122);
        for (var n = 0; n < 300; n++)
        {
            var tree = RandomSexp(random, depth: 0);
            AssertRoundTrip(tree);
        }
    }

    private static readonly SexpTag[] AllTags = Enum.GetValues<SexpTag>();

    internal static SexpNode RandomSexp(Random random, int depth)
    {
        var tag = AllTags[random.Next(AllTags.Length)];
        var count = depth > 6 ? 0 : random.Next(random.Next(2) == 0 ? 2 : 7);
        var children = new List<SexpChild>();
        if (count > 0 && random.Next(3) == 0) children.Add(new SexpLocation(random.Next(3), random.Next(1, 100000), random.Next(1, 300)));
        for (var i = 0; i < count; i++)
        {
            switch (random.Next(6))
            {
                case 0:
                    var len = random.Next(12);
                    var chars = new char[len];
                    for (var k = 0; k < len; k++) chars[k] = random.Next(3) == 0 ? (char)random.Next(0x10000) : (char)random.Next(0x20, 0x7f);
                    children.Add(new string(chars));
                    break;
                case 1:
                    children.Add(random.Next(3) == 0 ? random.NextInt64(long.MinValue, long.MaxValue) : random.Next(-100, 100));
                    break;
                case 2:
                    children.Add(random.Next(2) == 0 ? BitConverter.Int64BitsToDouble(random.NextInt64(long.MinValue, long.MaxValue)) : random.NextDouble() * 1000);
                    break;
                default:
                    children.Add(RandomSexp(random, depth + 1));
                    break;
            }
        }
        return SexpNode.Make(tag, children);
    }
}

public class SexpDeepTreeTests
{
    [Fact]
    public void HundredThousandDeepBuiltTreesPrintCompareAndValidateWithoutStackOverflow()
    {
        var e = (SexpNode)SexpNode.Make(SexpTag.Lit, SexpTag.Int, 1);
        var f = (SexpNode)SexpNode.Make(SexpTag.Lit, SexpTag.Int, 1);
        for (var i = 0; i < 100_000; i++)
        {
            e = SexpNode.Make(SexpTag.Neg, SexpTag.Int, e);
            f = SexpNode.Make(SexpTag.Neg, SexpTag.Int, f);
        }
        Assert.True(SexpNode.StructurallyEquals(e, f));
        var text = SexpPrinter.Print(e);
        Assert.StartsWith("(neg int\n  (neg int", text);
        Assert.EndsWith("(lit int 1)" + new string(')', 100_000) + "\n", text);
        Assert.True(SexpValidator.ValidateFragment(e, new Altitude.Diagnostics.DiagnosticBag()));
        // The reader refuses text this deep (SXP009) instead of building it.
        var bag = new Altitude.Diagnostics.DiagnosticBag();
        Assert.Null(SexpReader.Read(text, "deep.sexp", bag));
        Assert.Equal("SXP009", Assert.Single(bag.Items).Id);
    }
}
