using System.Text;
using Altitude.Diagnostics;
using Altitude.Sexpcode;
using SexpNode = Altitude.Sexpcode.Sexp;

namespace Altitude.Tests.Sexp;

public class SexpReaderHostileTests
{
    private static Diagnostic ReadFails(string text, int maxDepth = SexpReader.DefaultMaxDepth)
    {
        var bag = new DiagnosticBag();
        var sexp = SexpReader.Read(text, "bad.sexp", bag, maxDepth);
        Assert.Null(sexp);
        return Assert.Single(bag.Items);
    }

    [Theory]
    [InlineData("", "SXP013", 1, 1)]
    [InlineData("   ; only a comment", "SXP013", 1, 20)]
    [InlineData("(ptr int", "SXP001", 1, 9)]
    [InlineData("(ptr int))", "SXP011", 1, 10)]
    [InlineData(")", "SXP002", 1, 1)]
    [InlineData("(frobnicate 1)", "SXP003", 1, 2)]
    [InlineData("(ptr flubber)", "SXP003", 1, 6)]
    [InlineData("(\"x\")", "SXP004", 1, 2)]
    [InlineData("(", "SXP001", 1, 2)]
    [InlineData("(case 99999999999999999999 \"a\")", "SXP005", 1, 7)]
    [InlineData("(case -9223372036854775809 \"a\")", "SXP005", 1, 7)]
    [InlineData("(case 12abc \"a\")", "SXP006", 1, 7)]
    [InlineData("(lit double 1e99999)", "SXP006", 1, 13)]
    [InlineData("(lit double 1.5.5)", "SXP006", 1, 13)]
    [InlineData("(lit double #nan:zz)", "SXP006", 1, 13)]
    [InlineData("(lit double #nan:7ff8000000000000)", "SXP006", 1, 13)]
    [InlineData("(label \"a\\qb\")", "SXP007", 1, 10)]
    [InlineData("(label \"a\\x4\")", "SXP007", 1, 10)]
    [InlineData("(label \"\\u{110000}\")", "SXP007", 1, 9)]
    [InlineData("(label \"\\u{}\")", "SXP007", 1, 9)]
    [InlineData("(label \"abc", "SXP008", 1, 8)]
    [InlineData("(label \"abc\\", "SXP008", 1, 8)]
    [InlineData("(goto @1:2)", "SXP012", 1, 7)]
    [InlineData("(goto @1:2:3:4)", "SXP012", 1, 7)]
    [InlineData("(goto @99999999:2:3)", "SXP012", 1, 7)]
    [InlineData("(goto [x])", "SXP010", 1, 7)]
    [InlineData("\"just a string\"", "SXP010", 1, 1)]
    [InlineData("(ptr int)\n(ptr int)", "SXP011", 2, 1)]
    [InlineData("(ptr\n  int\n  Int)", "SXP010", 3, 3)]
    public void MalformedTextGivesOneLocatedError(string text, string id, int line, int column)
    {
        var d = ReadFails(text);
        Assert.Equal(id, d.Id);
        Assert.Equal((line, column), (d.Location.Line, d.Location.Column));
        Assert.Equal("bad.sexp", d.Location.File);
        Assert.StartsWith($"bad.sexp:{line}:{column}: error: ", d.ToString());
    }

    [Fact]
    public void HundredThousandDeepNestingIsACleanError()
    {
        var text = new string('(', 100_000);
        var d = ReadFails(text.Replace("(", "(neg int "));
        Assert.Equal("SXP009", d.Id);
        var balanced = string.Concat(Enumerable.Repeat("(neg int ", 100_000)) + "(lit int 1)" + new string(')', 100_000);
        Assert.Equal("SXP009", ReadFails(balanced).Id);
    }

    [Fact]
    public void NestingUpToTheLimitIsRead()
    {
        const int depth = 9_999;
        var text = string.Concat(Enumerable.Repeat("(neg int ", depth)) + "(lit int 1)" + new string(')', depth);
        var bag = new DiagnosticBag();
        var sexp = SexpReader.Read(text, "deep.sexp", bag);
        Assert.NotNull(sexp);
        Assert.Equal(SexpTag.Neg, sexp!.Tag);
    }

    [Fact]
    public void EveryTruncationOfAProgramFailsCleanly()
    {
        var text = SexpPrinter.Print(SexpSamples.LinkedListUnit());
        var failures = 0;
        for (var cut = 0; cut < text.TrimEnd().Length; cut++)
        {
            var bag = new DiagnosticBag();
            var sexp = SexpReader.Read(text[..cut], "cut.sexp", bag);
            if (sexp is null)
            {
                failures++;
                Assert.Single(bag.Items);
                Assert.StartsWith("SXP0", bag.Items[0].Id);
            }
        }
        Assert.Equal(text.TrimEnd().Length, failures);
    }

    [Fact]
    public void BinaryJunkNeverThrows()
    {
        var random = new Random(7);
        var sexps = 0;
        for (var n = 0; n < 2000; n++)
        {
            var bytes = new byte[random.Next(1, 200)];
            random.NextBytes(bytes);
            // Bias towards sexpcode-looking junk so the reader gets past the first character.
            if (n % 2 == 0)
            {
                const string alphabet = "()\"\\ @:#-.e0123456789intptrlocaladd;\n\t\u00ff";
                for (var i = 0; i < bytes.Length; i++) bytes[i] = (byte)alphabet[bytes[i] % alphabet.Length];
            }
            var text = Encoding.Latin1.GetString(bytes);
            var bag = new DiagnosticBag();
            var sexp = SexpReader.Read(text, "junk.sexp", bag);
            if (sexp is null)
            {
                Assert.Single(bag.Items);
            }
            else
            {
                sexps++;
                Assert.Empty(bag.Items);
                // Whatever it read, the validator must judge without throwing.
                SexpValidator.Validate(sexp, new DiagnosticBag());
            }
        }
        Assert.True(sexps < 2000);
    }

    [Fact]
    public void MutatedProgramsNeverThrowInReaderOrValidator()
    {
        var text = SexpPrinter.Print(SexpSamples.LinkedListUnit());
        var random = new Random(11);
        var validated = 0;
        for (var n = 0; n < 500; n++)
        {
            var chars = text.ToCharArray();
            for (var k = 0; k < 3; k++)
            {
                var at = random.Next(chars.Length);
                chars[at] = "()\" 0@a-"[random.Next(8)];
            }
            var bag = new DiagnosticBag();
            var sexp = SexpReader.Read(new string(chars), "m.sexp", bag);
            if (sexp is null)
            {
                Assert.Single(bag.Items);
                continue;
            }
            var vbag = new DiagnosticBag();
            if (!SexpValidator.Validate(sexp, vbag)) Assert.NotEmpty(vbag.Items);
            validated++;
        }
        Assert.True(validated > 0);
    }
}
