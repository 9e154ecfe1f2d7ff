using Altitude.Memory;
using Altitude.Vm.Execute;
using Altitude.Vm.Libc.Formatting;

namespace Altitude.Vm.Libc;

/// <summary>The scanf family: glibc's matching through ScanfEngine, stores through the guest pointers passed.</summary>
public struct GuestScanfReceiver(Machine m, Value[] values, int firstPointer, int end) : IScanfReceiver
{
    private Pointer Target(ScanfSpec spec)
    {
        var i = firstPointer + spec.Argument;
        if (i >= end) throw m.Error(RuntimeErrors.LibraryMisuse, "scanf format needs more arguments than were passed (C17 7.21.6.2p2)");
        if (spec.Allocate) throw m.Error(RuntimeErrors.Unsupported, "scanf %m (allocating) conversions");
        return values[i].P;
    }

    public void StoreInteger(ScanfSpec spec, long value)
    {
        var size = spec.Length switch { FormatLength.Char => 1, FormatLength.Short => 2, FormatLength.None => 4, _ => 8 };
        var kind = size switch { 1 => ScalarKind.Char, 2 => ScalarKind.Short, 4 => ScalarKind.Int, _ => ScalarKind.Long };
        m.Memory.WriteScalar(Target(spec), size, m.Tags[(int)kind], (ulong)value);
    }

    public void StoreDouble(ScanfSpec spec, double value) => m.Memory.WriteDouble(Target(spec), m.Tags[(int)ScalarKind.Double], value);
    public void StoreFloat(ScanfSpec spec, float value) => m.Memory.WriteFloat(Target(spec), m.Tags[(int)ScalarKind.Float], value);
    public void StorePointer(ScanfSpec spec, ulong value) =>
        m.Memory.WritePointer(Target(spec), m.Tags[(int)ScalarKind.DataPointer], value == 0 ? Pointer.Null : m.Memory.FromInteger(value));

    public void StoreBytes(ScanfSpec spec, ReadOnlySpan<byte> bytes, bool terminate)
    {
        var p = Target(spec);
        if (terminate) SystemLibrary.WriteCString(m, p, bytes);
        else if (bytes.Length > 0) m.Memory.WriteBytes(p, bytes, m.CharTag);
    }

    public void StoreWide(ScanfSpec spec, ReadOnlySpan<int> chars, bool terminate)
    {
        var bytes = new byte[(chars.Length + (terminate ? 1 : 0)) * 4];
        for (var i = 0; i < chars.Length; i++) BitConverter.TryWriteBytes(bytes.AsSpan(i * 4), chars[i]);
        if (bytes.Length > 0) m.Memory.WriteBytes(Target(spec), bytes, m.Tags[(int)ScalarKind.Int]);
    }
}

public sealed partial class SystemLibrary
{
    private static void Sscanf(Machine m, int b, int n)
    {
        var input = new SpanScanfInput(CString(m, Arg(m, b, 0).P));
        var format = ScanfFormat.Parse(CString(m, Arg(m, b, 1).P));
        var receiver = new GuestScanfReceiver(m, m.Stack, b + 2, b + n);
        var result = ScanfEngine.Run(format, ref input, ref receiver);
        if (result.Errno != 0) m.Errno = result.Errno;
        RetInt(m, result.Count);
    }
}
