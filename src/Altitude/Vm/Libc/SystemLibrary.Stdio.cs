using Altitude.Memory;
using Altitude.Vm.Execute;
using Altitude.Vm.Libc.Formatting;

namespace Altitude.Vm.Libc;

public sealed partial class SystemLibrary
{
    private void RegisterStdio()
    {
        Add("printf", (m, b, n) => RetInt(m, Print(m, m.Stdout, Arg(m, b, 0).P, m.Stack, b + 1, b + n)));
        Add("fprintf", (m, b, n) =>
        {
            var stream = StreamOf(m, Arg(m, b, 0).P) ?? throw m.Error(RuntimeErrors.UnsupportedFunction, "fprintf to a stream other than stdout/stderr");
            RetInt(m, Print(m, stream, Arg(m, b, 1).P, m.Stack, b + 2, b + n));
        });
        Add("vprintf", (m, b, n) => { var (vals, pos) = VaValues(m, Arg(m, b, 1).P); RetInt(m, Print(m, m.Stdout, Arg(m, b, 0).P, vals, pos, vals.Length)); });
        Add("vfprintf", (m, b, n) =>
        {
            var stream = StreamOf(m, Arg(m, b, 0).P) ?? throw m.Error(RuntimeErrors.UnsupportedFunction, "vfprintf to a stream other than stdout/stderr");
            var (vals, pos) = VaValues(m, Arg(m, b, 2).P);
            RetInt(m, Print(m, stream, Arg(m, b, 1).P, vals, pos, vals.Length));
        });
        Add("sprintf", (m, b, n) => RetInt(m, PrintTo(m, Arg(m, b, 0).P, long.MaxValue, Arg(m, b, 1).P, m.Stack, b + 2, b + n)));
        Add("snprintf", (m, b, n) => RetInt(m, PrintTo(m, Arg(m, b, 0).P, Arg(m, b, 1).I, Arg(m, b, 2).P, m.Stack, b + 3, b + n)));
        Add("vsprintf", (m, b, n) => { var (vals, pos) = VaValues(m, Arg(m, b, 2).P); RetInt(m, PrintTo(m, Arg(m, b, 0).P, long.MaxValue, Arg(m, b, 1).P, vals, pos, vals.Length)); });
        Add("vsnprintf", (m, b, n) => { var (vals, pos) = VaValues(m, Arg(m, b, 3).P); RetInt(m, PrintTo(m, Arg(m, b, 0).P, Arg(m, b, 1).I, Arg(m, b, 2).P, vals, pos, vals.Length)); });
        Add("puts", (m, b, n) =>
        {
            m.Stdout.Write(CString(m, Arg(m, b, 0).P));
            m.Stdout.Write((byte)'\n');
            RetInt(m, 1);
        });
        Add("fputs", (m, b, n) =>
        {
            var s = CString(m, Arg(m, b, 0).P);
            var stream = StreamOf(m, Arg(m, b, 1).P) ?? throw m.Error(RuntimeErrors.UnsupportedFunction, "fputs to a stream other than stdout/stderr");
            stream.Write(s);
            RetInt(m, 1);
        });
        SystemCall putchar = (m, b, n) => { var c = (byte)Arg(m, b, 0).I; m.Stdout.Write(c); RetInt(m, c); };
        Add("putchar", putchar);
        Add("putchar_unlocked", putchar);
        SystemCall fputc = (m, b, n) =>
        {
            var c = (byte)Arg(m, b, 0).I;
            var stream = StreamOf(m, Arg(m, b, 1).P) ?? throw m.Error(RuntimeErrors.UnsupportedFunction, "fputc to a stream other than stdout/stderr");
            stream.Write(c);
            RetInt(m, c);
        };
        Add("fputc", fputc);
        Add("putc", fputc);
        Add("fflush", (m, b, n) =>
        {
            var p = Arg(m, b, 0).P;
            if (p.IsNull) { m.Stdout.Flush(); m.Stderr.Flush(); }
            else StreamOf(m, p)?.Flush();
            RetInt(m, 0);
        });
        Add("fwrite", (m, b, n) =>
        {
            var size = (ulong)Arg(m, b, 1).I;
            var count = (ulong)Arg(m, b, 2).I;
            var stream = StreamOf(m, Arg(m, b, 3).P) ?? throw m.Error(RuntimeErrors.UnsupportedFunction, "fwrite to a stream other than stdout/stderr");
            if (size * count > 0) stream.Write(m.Memory.GetBytes(Arg(m, b, 0).P, size * count));
            RetInt(m, (long)count);
        });
    }

    private static (Value[] Values, int Position) VaValues(Machine m, Pointer list)
    {
        var id = m.Memory.ReadInt64(list, m.Tags[(int)ScalarKind.Long], m.At, out _);
        if (!m.VaLists.TryGetValue(id, out var cursor)) throw m.Error(RuntimeErrors.LibraryMisuse, "va_list that was not started with va_start");
        return (cursor.Args, cursor.Position);
    }

    private static byte[] Format(Machine m, Pointer format, Value[] values, int start, int end, out int count)
    {
        var fmt = PrintfFormat.Parse(CString(m, format));
        var args = new GuestPrintfArguments(m, values, start, end);
        var sink = new ByteSink();
        var result = PrintfFormatter.Format(fmt, ref args, sink, m.Errno);
        if (result.Errno != 0) m.Errno = result.Errno;
        count = result.Count;
        return sink.ToArray();
    }

    private static int Print(Machine m, GuestStream stream, Pointer format, Value[] values, int start, int end)
    {
        var bytes = Format(m, format, values, start, end, out var count);
        stream.Write(bytes);
        return count;
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
