using Altitude.Memory;
using Altitude.Vm.Execute;
using Altitude.Vm.Libc.Formatting;

namespace Altitude.Vm.Libc;

/// <summary>printf arguments read straight from a call's values (or a va_list's), without boxing.</summary>
public struct GuestPrintfArguments : IPrintfArguments
{
    private readonly Machine m;
    private readonly Value[] values;
    private readonly int start, end;
    private int _next;

    public GuestPrintfArguments(Machine machine, Value[] values, int start, int end)
    {
        m = machine;
        this.values = values;
        this.start = start;
        this.end = end;
        _next = start;
    }

    private Value Take(ValueTag expected, PrintfArgType type)
    {
        if (_next >= end) throw m.Error(RuntimeErrors.LibraryMisuse, "printf format needs more arguments than were passed (C17 7.21.6.1p2)");
        var v = values[_next++];
        if (v.Invalid is { } bad) throw Validity.Use(m, m.At, $"printf argument {_next - start}", bad);
        // 7.21.6.1p9: an argument of the wrong kind for its conversion is undefined. Only kinds are
        // compared here (integer, double, pointer); widths and signedness are not checked yet.
        if (v.Kind != ValueTag.Unknown && v.Kind != expected && !(expected == ValueTag.Pointer && v.Kind == ValueTag.Int && v.I == 0))
            throw m.Error(RuntimeErrors.LibraryMisuse, $"printf argument {_next - start} is {VaCursor.Describe(v.Kind)} but its conversion ({type}) expects {VaCursor.Describe(expected)} (C17 7.21.6.1p9)");
        return v;
    }

    private static long Bits(in Value v) => v.P.Provenance is not null || v.P.Address != 0 ? (long)v.P.Address : v.I;

    public int NextInt32(PrintfArgType expected) => (int)Bits(Take(ValueTag.Int, expected));
    public long NextInt64(PrintfArgType expected) => Bits(Take(ValueTag.Int, expected));
    public double NextDouble(PrintfArgType expected) => Take(ValueTag.Double, expected).D;
    public ulong NextPointer(PrintfArgType expected) { var v = Take(ValueTag.Pointer, expected); return (ulong)Bits(v); }

    private Pointer PointerOf(int argument, ulong address)
    {
        var i = start + argument;
        var p = i < end ? values[i].P : Pointer.Null;
        return p.Provenance is not null ? new Pointer(address, p.Provenance) : m.Memory.FromInteger(address);
    }

    public byte ReadByte(int argument, ulong address, long offset)
    {
        var p = PointerOf(argument, address);
        // %s prints characters: an uninitialised one is a suspicious use of an invalid value.
        var c = (byte)m.Memory.ReadScalar(new Pointer(p.Address + (ulong)offset, p.Provenance), 1, m.CharTag, m.At, out var invalid);
        if (invalid is not null) Checks.Invalid(m, invalid);
        return c;
    }

    public int ReadWideChar(int argument, ulong address, long offset)
    {
        var p = PointerOf(argument, address);
        var bytes = m.Memory.GetBytes(new Pointer(p.Address + (ulong)offset * 4, p.Provenance), 4);
        return BitConverter.ToInt32(bytes);
    }

    public void StoreCount(int argument, ulong address, PrintfArgType type, long count)
    {
        var p = PointerOf(argument, address);
        m.Memory.WriteScalar(p, 4, m.Tags[(int)ScalarKind.Int], (ulong)count);
    }
}
