using Altitude.Memory;
using Altitude.Vm.Execute;
using Altitude.Vm.Libc.Formatting;

namespace Altitude.Vm.Libc;

public sealed partial class SystemLibrary
{
    private void RegisterStdio()
    {
        Add("sprintf", (m, b, n) => RetInt(m, PrintTo(m, Arg(m, b, 0).P, long.MaxValue, Arg(m, b, 1).P, m.Stack, b + 2, b + n)));
        Add("snprintf", (m, b, n) => RetInt(m, PrintTo(m, Arg(m, b, 0).P, Arg(m, b, 1).I, Arg(m, b, 2).P, m.Stack, b + 3, b + n)));
        Add("vsprintf", (m, b, n) => { var (vals, pos) = VaValues(m, Arg(m, b, 2).P); RetInt(m, PrintTo(m, Arg(m, b, 0).P, long.MaxValue, Arg(m, b, 1).P, vals, pos, vals.Length)); });
        Add("vsnprintf", (m, b, n) => { var (vals, pos) = VaValues(m, Arg(m, b, 3).P); RetInt(m, PrintTo(m, Arg(m, b, 0).P, Arg(m, b, 1).I, Arg(m, b, 2).P, vals, pos, vals.Length)); });
    }

    private static (Value[] Values, int Position) VaValues(Machine m, Pointer list)
    {
        var id = m.Memory.ReadInt64(list, m.Tags[(int)ScalarKind.Long], m.At, out _);
        if (!m.VaLists.TryGetValue(id, out var cursor)) throw m.Error(RuntimeErrors.LibraryMisuse, "va_list that was not started with va_start");
        return (cursor.Args, cursor.Position);
    }

    private static byte[] Format(Machine m, Pointer format, Value[] values, int start, int end, out int count, List<long>? pieceEnds = null)
    {
        var fmt = PrintfFormat.Parse(CString(m, format));
        var args = new GuestPrintfArguments(m, values, start, end);
        var sink = new ByteSink();
        var result = PrintfFormatter.Format(fmt, ref args, sink, m.Errno, pieceEnds);
        if (result.Errno != 0) m.Errno = result.Errno;
        count = result.Count;
        return sink.ToArray();
    }

    private static int PrintTo(Machine m, Pointer destination, long capacity, Pointer format, Value[] values, int start, int end)
    {
        var bytes = Format(m, format, values, start, end, out var count);
        if (capacity > 0)
        {
            var n = (int)Math.Min(bytes.Length, capacity - 1);
            WriteCString(m, destination, bytes.AsSpan(0, n));
        }
        return count;
    }
}
