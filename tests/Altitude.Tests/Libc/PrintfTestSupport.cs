using System.Globalization;
using System.Text;
using Altitude.Vm.Libc.Formatting;

namespace Altitude.Tests.Libc;

internal enum ArgKind { Int, Long, Double, Str, NullPtr, WStr, Ptr, WInt }

/// <summary>One variadic argument of a test printf call, with its C spelling.</summary>
internal readonly record struct CArg(ArgKind Kind, long I = 0, double D = 0, byte[]? S = null, int[]? W = null)
{
    public static CArg Int(long v) => new(ArgKind.Int, (int)v);
    public static CArg Long(long v) => new(ArgKind.Long, v);
    public static CArg ULong(ulong v) => new(ArgKind.Long, (long)v);
    public static CArg Dbl(double v) => new(ArgKind.Double, D: v);
    public static CArg Str(string s) => new(ArgKind.Str, S: Encoding.Latin1.GetBytes(s));
    public static CArg Null() => new(ArgKind.NullPtr);
    public static CArg WStr(params int[] w) => new(ArgKind.WStr, W: w);
    public static CArg Ptr(ulong p) => new(ArgKind.Ptr, (long)p);
    public static CArg WInt(int c) => new(ArgKind.WInt, c);

    public string ToC() => Kind switch
    {
        ArgKind.Int => $"(int)0x{(uint)I:x}u",
        ArgKind.Long => $"(long)0x{(ulong)I:x}ul",
        ArgKind.Double => $"d(0x{BitConverter.DoubleToUInt64Bits(D):x}ull)",
        ArgKind.Str => LibcGcc.CString(S),
        ArgKind.NullPtr => "(void*)0",
        ArgKind.WStr => "L\"\"" + string.Concat(W!.Select(c => $" L\"\\x{c:x}\"")),
        ArgKind.Ptr => $"(void*)0x{(ulong)I:x}ul",
        _ => $"(wint_t)0x{(uint)I:x}u",
    };
}

/// <summary>A printf call: format bytes, arguments, and the errno in effect (for %m).</summary>
internal sealed record PrintfCase(byte[] Format, CArg[] Args, int Errno = 0)
{
    public static PrintfCase Of(string format, params CArg[] args) => new(Encoding.Latin1.GetBytes(format), args);

    public override string ToString() =>
        LibcGcc.CString(Format) + (Args.Length > 0 ? ", " + string.Join(", ", Args.Select(a => a.Kind == ArgKind.Double ? a.D.ToString("R", CultureInfo.InvariantCulture) : a.ToC())) : "");
}

/// <summary>Arguments from a list, memory from the strings in it; checks strings are not read past NUL or precision.</summary>
internal struct ListArgs(CArg[] args) : IPrintfArguments
{
    private int _next;
    public readonly List<(int Argument, PrintfArgType Type, long Count)> Stores = [];
    public long MaxOffsetRead = -1;

    private CArg Take() => _next < args.Length ? args[_next++] : throw new InvalidOperationException("too few arguments");

    public int NextInt32(PrintfArgType expected) => (int)Take().I;
    public long NextInt64(PrintfArgType expected) => Take().I;
    public double NextDouble(PrintfArgType expected) => Take().D;

    public ulong NextPointer(PrintfArgType expected)
    {
        int index = _next;
        var a = Take();
        return a.Kind switch
        {
            ArgKind.Str or ArgKind.WStr => (ulong)(index + 1) << 20,
            ArgKind.NullPtr => 0,
            _ => (ulong)a.I,
        };
    }

    public byte ReadByte(int argument, ulong address, long offset)
    {
        if (address != (ulong)(argument + 1) << 20) throw new InvalidOperationException("pointer does not belong to the argument");
        var s = args[argument].S!;
        if (offset > s.Length) throw new InvalidOperationException("read past the terminating NUL");
        MaxOffsetRead = Math.Max(MaxOffsetRead, offset);
        return offset < s.Length ? s[offset] : (byte)0;
    }

    public int ReadWideChar(int argument, ulong address, long offset)
    {
        var w = args[argument].W!;
        if (offset > w.Length) throw new InvalidOperationException("read past the terminating NUL");
        MaxOffsetRead = Math.Max(MaxOffsetRead, offset);
        return offset < w.Length ? w[offset] : 0;
    }

    public void StoreCount(int argument, ulong address, PrintfArgType type, long count) => Stores.Add((argument, type, count));
}

internal static class PrintfRun
{
    public static (byte[] Output, PrintfResult Result) Format(PrintfCase c)
    {
        var format = PrintfFormat.Parse(c.Format);
        var args = new ListArgs(c.Args);
        var bytes = PrintfFormatter.FormatToArray(format, ref args, c.Errno, out var result);
        return (bytes, result);
    }

    public static string Show(byte[] b) => LibcGcc.CString(b);
}
