using System.Text;
using Altitude.Vm.Libc.Formatting;

namespace Altitude.Tests.Libc;

/// <summary>Emulated pointer targets: one byte array per argument, pre-filled like the C side.</summary>
internal struct SlotReceiver(byte[][] slots) : IScanfReceiver
{
    private static void Put(byte[] slot, ulong v, int size)
    {
        for (int i = 0; i < size; i++) slot[i] = (byte)(v >> (8 * i));
    }

    public void StoreInteger(ScanfSpec spec, long value) => Put(slots[spec.Argument], (ulong)value, ScanfTestTypes.Size(spec.ValueType));
    public void StoreDouble(ScanfSpec spec, double value) => Put(slots[spec.Argument], BitConverter.DoubleToUInt64Bits(value), 8);
    public void StoreFloat(ScanfSpec spec, float value) => Put(slots[spec.Argument], BitConverter.SingleToUInt32Bits(value), 4);
    public void StorePointer(ScanfSpec spec, ulong value) => Put(slots[spec.Argument], value, 8);

    public void StoreBytes(ScanfSpec spec, ReadOnlySpan<byte> bytes, bool terminate)
    {
        var slot = slots[spec.Argument];
        bytes.CopyTo(slot);
        if (terminate) slot[bytes.Length] = 0;
    }

    public void StoreWide(ScanfSpec spec, ReadOnlySpan<int> chars, bool terminate)
    {
        var slot = slots[spec.Argument];
        for (int i = 0; i < chars.Length; i++) BitConverter.TryWriteBytes(slot.AsSpan(4 * i), chars[i]);
        if (terminate) BitConverter.TryWriteBytes(slot.AsSpan(4 * chars.Length), 0);
    }
}

internal static class ScanfTestTypes
{
    public static int Size(ScanfArgType t) => t switch
    {
        ScanfArgType.SignedCharPointer or ScanfArgType.UnsignedCharPointer => 1,
        ScanfArgType.ShortPointer or ScanfArgType.UnsignedShortPointer => 2,
        ScanfArgType.IntPointer or ScanfArgType.UnsignedIntPointer or ScanfArgType.FloatPointer => 4,
        ScanfArgType.CharArray => 64,
        ScanfArgType.WCharArray => 256,
        _ => 8,
    };

    public static string CType(ScanfArgType t) => t switch
    {
        ScanfArgType.SignedCharPointer => "signed char",
        ScanfArgType.UnsignedCharPointer => "unsigned char",
        ScanfArgType.ShortPointer => "short",
        ScanfArgType.UnsignedShortPointer => "unsigned short",
        ScanfArgType.IntPointer => "int",
        ScanfArgType.UnsignedIntPointer => "unsigned",
        ScanfArgType.FloatPointer => "float",
        ScanfArgType.DoublePointer => "double",
        ScanfArgType.LongPointer or ScanfArgType.PtrdiffPointer => "long",
        ScanfArgType.LongLongPointer or ScanfArgType.IntMaxPointer => "long long",
        ScanfArgType.UnsignedLongPointer or ScanfArgType.SizePointer => "unsigned long",
        ScanfArgType.UnsignedLongLongPointer or ScanfArgType.UIntMaxPointer => "unsigned long long",
        ScanfArgType.VoidPointerPointer => "void*",
        _ => throw new ArgumentException(t.ToString()),
    };
}

/// <summary>sscanf over a table of inputs and formats, compared with glibc (return value, errno, every stored byte).</summary>
public class ScanfGccTests
{
    internal static List<(string Input, string Format)> Cases()
    {
        var cases = new List<(string, string)>();
        void Cross(string[] inputs, string[] formats)
        {
            foreach (var f in formats) foreach (var i in inputs) cases.Add((i, f));
        }
        Cross(["42", "  -42", "+7x", "-", "+", "", "   ", "0x1f", "0X", "0xg", "077", "08", "99999999999", "-2147483649", "abc", "1 2 3", "-0x10",
               "18446744073709551616", "-1", "300", "+-5", "0x", "(nil)", "(NIL)x", "(nix)", " \n\t12"],
            ["%d%n", "%i%n", "%u%n", "%x%n", "%X%n", "%o%n", "%hhd%n", "%hd%n", "%ld%n", "%lld%n", "%hhu%n", "%hu%n", "%lu%n", "%3d%n", "%1d%n", "%2i%n",
             "%*d%n", "%*d%d", "%p%n", "%4p%n", "%2x%n", "%jd %zu %td", "%qd%n", "%Ld%n", "%1i%n", "%3i%n"]);
        Cross(["1.5", "-.5", ".", "-", "+.", "1e", "1e+", "1e+5x", "1.5.5", "nan", "NAN(12)", "nax", "-nan", "inf", "-Infinity", "infin", "infx", "infinityx",
               "0x", "0x1p3", "0x1.8p1x", "0xp1", "0x.8", "1e400", "1e-400", "4.9e-324", "3.4028236e38", "1e-46", "0.1", "  12.5e-1z", "00012", "1e5e5",
               "0", "0.", "-0x1P-2", "12345678901234567890", "5e", "e5", ".e1", "1..2", "0x1p", "0x1p-", "9" + new string('9', 40)],
            ["%f%n", "%lf%n", "%e%n", "%le%n", "%g%n", "%a%n", "%la%n", "%3lf%n", "%5f%n", "%1lf%n", "%2lf%n", "%4lf%n", "%*f%n", "%lf%lf"]);
        Cross(["hello world", "  hi", "", "abc,def;ghi", "]x", "a-b", "-", "ZZz", "\xe9t\xe9", "12345", "a b"],
            ["%s%n", "%3s%n", "%c%n", "%3c%n", "%5c%n", "%[a-z]%n", "%[^,],%s", "%[]a]%n", "%[^]]%n", "%[-a]%n", "%[a-]%n", "%[z-a]%n",
             "%2[0-9]%n", "%[^a-c]%n", "%*s%n", "%*c%c", "%ls%n", "%lc%n", "%l[a-z]%n", "%S%n", "%[", "%[a", "%1c%c", "%*[a-z]%n"]);
        Cross(["abc", "a b", "ab", "  1,2", "1 , 2", "1%2", "x", "", "   ", "1", "1 2"],
            ["abc%n", "a b%n", " %d%n", "%d %n", "%d,%d%n", "%d , %d%n", "%d%%%d", "x%n", "%%%n", "", " ", "%d %d", "%*d%d", "a%", "%y%n",
             "%2$d %1$d", "%n", " %n", "%5", "%b", "%d %*d %n"]);
        // Random inputs from number-ish bytes against random pairs of conversions.
        var rng = new Random(99);
        const string pool = " 0123456789+-.xXeEpPaAnNiIfFtTyY(),abc\t";
        string[] specs = ["%d", "%i", "%x", "%o", "%u", "%p", "%f", "%lf", "%g", "%a", "%3d", "%2i", "%4x", "%3lf", "%5f", "%2f", "%s", "%3s", "%c",
                          "%2c", "%[0-9a-f]", "%[^ ]", "%*d", "%*f", " ", ",", "x", "%%", "%*[ ]", "%6lf", "%7f", "%8lf", "%1f"];
        for (int n = 0; n < 2500; n++)
        {
            var input = new StringBuilder();
            int len = rng.Next(0, 12);
            for (int k = 0; k < len; k++) input.Append(pool[rng.Next(pool.Length)]);
            string format = specs[rng.Next(specs.Length)] + specs[rng.Next(specs.Length)] + specs[rng.Next(specs.Length)] + "%n";
            cases.Add((input.ToString(), format));
        }
        return cases;
    }

    [Fact]
    public void Sscanf_matches_glibc()
    {
        if (!LibcGcc.Available()) return;
        var cases = Cases();
        var src = new StringBuilder(LibcGcc.Prologue);
        src.AppendLine("int main(int argc, char **argv) { out = fopen(argv[1], \"wb\"); int r;");
        var parsed = new List<(ScanfFormat Format, ScanfArgType[] Types)>();
        foreach (var (input, fmt) in cases)
        {
            var format = ScanfFormat.Parse(Encoding.Latin1.GetBytes(fmt));
            var types = format.ArgumentTypes().ToArray();
            parsed.Add((format, types));
            src.Append("{ ");
            for (int a = 0; a < types.Length; a++)
            {
                string decl = types[a] switch
                {
                    ScanfArgType.CharArray => $"char a{a}[64];",
                    ScanfArgType.WCharArray => $"wchar_t a{a}[64];",
                    var t => $"{ScanfTestTypes.CType(t)} a{a}[1];",
                };
                src.Append(decl).Append($" memset(a{a}, 0xAB, sizeof a{a}); ");
            }
            src.Append($"errno = 0; r = sscanf({LibcGcc.CString(Encoding.Latin1.GetBytes(input))}, {LibcGcc.CString(Encoding.Latin1.GetBytes(fmt))}");
            for (int a = 0; a < types.Length; a++) src.Append($", (void*)a{a}");
            src.Append("); w32(r); w32(errno);");
            for (int a = 0; a < types.Length; a++) src.Append($" fwrite(a{a}, 1, sizeof a{a}, out);");
            src.AppendLine(" }");
        }
        src.AppendLine("fclose(out); return 0; }");
        var reader = new LibcGcc.RecordReader(LibcGcc.CompileAndRun("scanf", src.ToString()));
        var failures = new List<string>();
        for (int k = 0; k < cases.Count; k++)
        {
            var (input, fmt) = cases[k];
            var (format, types) = parsed[k];
            int r = reader.Int32(), errno = reader.Int32();
            var expectedSlots = types.Select(t => reader.Bytes(ScanfTestTypes.Size(t))).ToArray();
            var slots = types.Select(t => Enumerable.Repeat((byte)0xAB, ScanfTestTypes.Size(t)).ToArray()).ToArray();
            var inputState = new SpanScanfInput(Encoding.Latin1.GetBytes(input));
            var receiver = new SlotReceiver(slots);
            var result = ScanfEngine.Run(format, ref inputState, ref receiver);
            bool same = result.Count == r && result.Errno == errno && slots.Zip(expectedSlots).All(p => p.First.AsSpan().SequenceEqual(p.Second));
            if (!same && failures.Count < 40)
            {
                string Show(byte[][] s) => string.Join(" ", s.Select(b => Convert.ToHexString(b.Length > 16 ? b[..16] : b)));
                failures.Add($"sscanf({LibcGcc.CString(Encoding.Latin1.GetBytes(input))}, {LibcGcc.CString(Encoding.Latin1.GetBytes(fmt))}): glibc {r} errno {errno} [{Show(expectedSlots)}]; altitude {result.Count} errno {result.Errno} [{Show(slots)}]");
            }
        }
        Assert.True(reader.AtEnd);
        Assert.True(cases.Count > 1500, $"only {cases.Count} cases");
        Assert.True(failures.Count == 0, $"{failures.Count}+ mismatches of {cases.Count}:\n" + string.Join("\n", failures));
    }
}
