using System.Text;
using Altitude.Vm.Libc.Formatting;

namespace Altitude.Tests.Libc;

/// <summary>Records what scanf stores.</summary>
internal sealed class RecordingReceiver : IScanfReceiver
{
    public readonly List<string> Stored = [];
    public void StoreInteger(ScanfSpec spec, long value) => Stored.Add($"{spec.Argument}:i{value}");
    public void StoreDouble(ScanfSpec spec, double value) => Stored.Add($"{spec.Argument}:d{value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}");
    public void StoreFloat(ScanfSpec spec, float value) => Stored.Add($"{spec.Argument}:f{value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}");
    public void StorePointer(ScanfSpec spec, ulong value) => Stored.Add($"{spec.Argument}:p{value:x}");
    public void StoreBytes(ScanfSpec spec, ReadOnlySpan<byte> bytes, bool terminate) => Stored.Add($"{spec.Argument}:s{Encoding.Latin1.GetString(bytes)}{(terminate ? "\\0" : "")}");
    public void StoreWide(ScanfSpec spec, ReadOnlySpan<int> chars, bool terminate) => Stored.Add($"{spec.Argument}:w{chars.Length}");
}

/// <summary>sscanf facts that hold without gcc (checked against glibc 2.36).</summary>
public class ScanfUnitTests
{
    private static (int Count, string Stored, long Consumed) Scan(string input, string format)
    {
        var f = ScanfFormat.Parse(Encoding.Latin1.GetBytes(format));
        var inp = new SpanScanfInput(Encoding.Latin1.GetBytes(input));
        var rec = new RecordingReceiver();
        var r = ScanfEngine.Run(f, ref inp, ref rec);
        return (r.Count, string.Join(" ", rec.Stored), r.Consumed);
    }

    [Fact]
    public void Return_counts_distinguish_input_and_matching_failures()
    {
        Assert.Equal(-1, Scan("", "%d").Count);
        Assert.Equal(-1, Scan("   ", "%d").Count);
        Assert.Equal(0, Scan("abc", "%d").Count);
        Assert.Equal(-1, Scan("1", "%*d%d").Count); // nothing assigned before the input failure
        Assert.Equal(1, Scan("1", "%d %d").Count);
        Assert.Equal(0, Scan("", "").Count);
        Assert.Equal(-1, Scan("", "abc").Count);
    }

    [Theory]
    [InlineData("", "%d", ScanfStop.InputFailure)]
    [InlineData("x", "%d", ScanfStop.MatchingFailure)]
    [InlineData("1 2", "%d %d", ScanfStop.Completed)]
    [InlineData("1", "%d %d", ScanfStop.InputFailure)]
    [InlineData("\xe9", "%ls", ScanfStop.EncodingError)]
    public void Stop_reason_is_reported(string input, string format, ScanfStop stop)
    {
        var f = ScanfFormat.Parse(Encoding.Latin1.GetBytes(format));
        var inp = new SpanScanfInput(Encoding.Latin1.GetBytes(input));
        var rec = new RecordingReceiver();
        Assert.Equal(stop, ScanfEngine.Run(f, ref inp, ref rec).Stop);
    }

    [Fact]
    public void Numbers_follow_glibc_syntax()
    {
        Assert.Equal((2, "0:i0 1:sg", 3L), Scan("0xg", "%x%c"));
        Assert.Equal((1, "0:i31", 4L), Scan("0x1f", "%i"));
        Assert.Equal((1, "0:i-1", 2L), Scan("-1", "%u"));
        Assert.Equal((1, "0:i12", 2L), Scan("123", "%2d"));
        Assert.Equal((1, "0:p0", 5L), Scan("(nil)", "%p"));
        Assert.Equal((2, "0:d1 1:sx", 3L), Scan("1ex", "%lf%c"));
        Assert.Equal((0, "", 2L), Scan("0x", "%f"));
        Assert.Equal((1, "0:fInfinity", 3L), Scan("infx", "%f"));
    }

    [Fact]
    public void Strings_and_scansets()
    {
        Assert.Equal((2, "0:sabc\\0 1:sdef\\0", 7L), Scan("abc,def", "%[^,],%s"));
        Assert.Equal((1, "0:s]]a\\0", 3L), Scan("]]ab", "%[]a]"));
        Assert.Equal((1, "0:s-a\\0", 2L), Scan("-ab", "%[-a]"));
        Assert.Equal((1, "0:sab", 2L), Scan("ab", "%5c"));
        Assert.Equal((0, "0:i3", 3L), Scan("  x", " %*c%n")); // %n stores but does not count
        var f = ScanfFormat.Parse("%*d %3lf %[a-c] %2$n %%"u8);
        Assert.Equal([ScanfArgType.DoublePointer, ScanfArgType.IntPointer], f.ArgumentTypes());
        Assert.Contains(ScanfFormat.Parse("%[abc"u8).Issues, i => i.Contains("scanset"));
        Assert.Contains(ScanfFormat.Parse("%y"u8).Issues, i => i.Contains("unknown"));
    }
}
