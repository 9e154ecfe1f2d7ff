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

    private Value Take()
    {
        if (_next >= end) throw m.Error(RuntimeErrors.LibraryMisuse, "printf format needs more arguments than were passed (C17 7.21.6.1p2)");
        return values[_next++];
    }

    private static long Bits(in Value v) => v.P.Provenance is not null || v.P.Address != 0 ? (long)v.P.Address : v.I;

    public int NextInt32(PrintfArgType expected) => (int)Bits(Take());
    public long NextInt64(PrintfArgType expected) => Bits(Take());
    public double NextDouble(PrintfArgType expected) => Take().D;
    public ulong NextPointer(PrintfArgType expected) { var v = Take(); return (ulong)Bits(v); }

    private Pointer PointerOf(int argument, ulong address)
    {
        var i = start + argument;
        var p = i < end ? values[i].P : Pointer.Null;
        return p.Provenance is not null ? new Pointer(address, p.Provenance) : m.Memory.FromInteger(address);
    }

    public byte ReadByte(int argument, ulong address, long offset)
    {
        var p = PointerOf(argument, address);
        return m.Memory.GetBytes(new Pointer(p.Address + (ulong)offset, p.Provenance), 1)[0];
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
