using Altitude.Memory;
using Altitude.Text;
using Altitude.Vm.Execute;
using Altitude.Vm.Libc.Formatting;

namespace Altitude.Vm.Libc;

public sealed partial class SystemLibrary
{
    private void RegisterStdlib()
    {
        Add("malloc", (m, b, n) => RetPtr(m, m.Memory.Malloc((ulong)Arg(m, b, 0).I, m.At)));
        Add("calloc", (m, b, n) => RetPtr(m, m.Memory.Calloc((ulong)Arg(m, b, 0).I, (ulong)Arg(m, b, 1).I, m.At)));
        Add("realloc", (m, b, n) => RetPtr(m, m.Memory.Realloc(Arg(m, b, 0).P, (ulong)Arg(m, b, 1).I, m.At)));
        Add("free", (m, b, n) => { var p = Arg(m, b, 0).P; if (!p.IsNull) m.Memory.Free(p, m.At); RetInt(m, 0); });
        Add("exit", (m, b, n) => Exit(m, (int)Arg(m, b, 0).I));
        // _Exit and _exit end the process at once: no atexit handlers, stdio buffers not flushed.
        Add("_Exit", (m, b, n) => throw new GuestExit((int)Arg(m, b, 0).I) { DiscardsOutput = true });
        Add("_exit", (m, b, n) => throw new GuestExit((int)Arg(m, b, 0).I) { DiscardsOutput = true });
        Add("atexit", (m, b, n) =>
        {
            var p = Arg(m, b, 0).P;
            if (p.Provenance is null || !m.FunctionsByBlob.TryGetValue(p.Provenance, out var fn)) throw m.Error(RuntimeErrors.BadFunctionPointer, p.ToString());
            m.AtExit.Add(fn);
            RetInt(m, 0);
        });
        Add("__assert_fail", (m, b, n) =>
        {
            var expr = Text(CString(m, Arg(m, b, 0).P));
            var file = Text(CString(m, Arg(m, b, 1).P));
            var line = (uint)Arg(m, b, 2).I;
            var func = Text(CString(m, Arg(m, b, 3).P));
            // glibc prints the message and calls abort(), which does not flush stdout.
            m.Stderr.Write(System.Text.Encoding.Latin1.GetBytes($"{m.ProgramName}: {file}:{line}: {func}: Assertion `{expr}' failed.\n"));
            throw new GuestError(RuntimeErrors.AssertionFailed.At(m.At, $"assertion '{expr}' failed"), m.Backtrace()) { ExitCode = 134, Silent = true, DiscardsOutput = true };
        });
        Add("__errno_location", (m, b, n) => RetPtr(m, ErrnoLocation(m)));
        Add("abs", (m, b, n) => { var v = (int)Arg(m, b, 0).I; if (v == int.MinValue) throw m.Error(RuntimeErrors.SignedOverflow, "abs(INT_MIN)"); RetInt(m, Math.Abs(v)); });
        SystemCall labs = (m, b, n) => { var v = Arg(m, b, 0).I; if (v == long.MinValue) throw m.Error(RuntimeErrors.SignedOverflow, "labs(LONG_MIN)"); RetInt(m, Math.Abs(v)); };
        Add("labs", labs);
        Add("llabs", labs);
        Add("atoi", (m, b, n) => RetInt(m, StrToInteger.AtoI(CString(m, Arg(m, b, 0).P))));
        Add("atol", (m, b, n) => RetInt(m, StrToInteger.AtoL(CString(m, Arg(m, b, 0).P))));
        Add("atoll", (m, b, n) => RetInt(m, StrToInteger.AtoL(CString(m, Arg(m, b, 0).P))));
        SystemCall strtol = (m, b, n) =>
        {
            var s = Arg(m, b, 0).P;
            var r = StrToInteger.StrToL(CString(m, s), (int)Arg(m, b, 2).I);
            FinishStrTo(m, s, Arg(m, b, 1).P, r.End, r.Errno);
            RetInt(m, r.Value);
        };
        Add("strtol", strtol);
        Add("strtoll", strtol);
        SystemCall strtoul = (m, b, n) =>
        {
            var s = Arg(m, b, 0).P;
            var r = StrToInteger.StrToUL(CString(m, s), (int)Arg(m, b, 2).I);
            FinishStrTo(m, s, Arg(m, b, 1).P, r.End, r.Errno);
            RetInt(m, (long)r.Value);
        };
        Add("strtoul", strtoul);
        Add("strtoull", strtoul);
        SystemCall strtod = (m, b, n) =>
        {
            var s = Arg(m, b, 0).P;
            var r = StrToFloat.StrToD(CString(m, s));
            FinishStrTo(m, s, Arg(m, b, 1).P, r.End, r.Errno);
            RetDouble(m, r.Value);
        };
        Add("strtod", strtod);
        Add("strtold", strtod);
        Add("atof", (m, b, n) => RetDouble(m, StrToFloat.StrToD(CString(m, Arg(m, b, 0).P)).Value));
        Add("qsort", Qsort);
        Add("qsort_r", QsortR);
    }

    /// <summary>The guest's errno object, created on first use.</summary>
    internal static Pointer ErrnoLocation(Machine m)
    {
        if (m.ErrnoLocation.IsNull)
        {
            var blob = m.Memory.AllocateStatic("errno", 4, 4, SourceLocation.None, new NamedAllocationType("int", 4));
            m.ErrnoLocation = MemorySpace.PointerTo(blob);
            m.Errno = 0;
        }
        return m.ErrnoLocation;
    }

    /// <summary>Sets errno as a library function does; the object exists even if the guest has not looked at it yet.</summary>
    internal static void SetErrno(Machine m, int value)
    {
        ErrnoLocation(m);
        m.Errno = value;
    }

    private static void FinishStrTo(Machine m, Pointer s, Pointer endptr, int end, int errno)
    {
        if (errno != 0) SetErrno(m, errno);
        if (!endptr.IsNull && end >= 0) m.Memory.WritePointer(endptr, m.Tags[(int)ScalarKind.DataPointer], end == 0 ? s : m.Memory.Add(s, end));
    }

    /// <summary>exit(): atexit handlers, then every stream flushed (err/errx end this way too).</summary>
    private void Exit(Machine m, int code)
    {
        RunAtExit(m);
        FlushStreams(m);
        throw new GuestExit(code);
    }

    /// <summary>Runs the atexit handlers, last registered first (C17 7.22.4.4p3).</summary>
    public static void RunAtExit(Machine m)
    {
        while (m.AtExit.Count > 0)
        {
            var fn = m.AtExit[^1];
            m.AtExit.RemoveAt(m.AtExit.Count - 1);
            fn.Invoke(m, m.Sp, 0);
        }
    }

    /// <summary>qsort: a stable merge sort (glibc's qsort sorts with mergesort when it can) calling the guest comparator.</summary>
    private static void Qsort(Machine m, int b, int n) => Qsort(m, b, withArgument: false);

    /// <summary>qsort_r: the comparator takes a third argument, passed through.</summary>
    private static void QsortR(Machine m, int b, int n) => Qsort(m, b, withArgument: true);

    private static void Qsort(Machine m, int b, bool withArgument)
    {
        var @base = Arg(m, b, 0).P;
        var count = (long)Arg(m, b, 1).I;
        var size = (long)Arg(m, b, 2).I;
        var cmpPtr = Arg(m, b, 3).P;
        var extra = withArgument ? Arg(m, b, 4) : default;
        if (cmpPtr.Provenance is null || !m.FunctionsByBlob.TryGetValue(cmpPtr.Provenance, out var cmp)) throw m.Error(RuntimeErrors.BadFunctionPointer, cmpPtr.ToString());
        if (count < 2 || size <= 0) return;
        var at = m.At;
        var scratch = m.Memory.Malloc((ulong)(count * size), at);
        var order = new long[count];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        // Copy the elements aside so that the comparator sees stable addresses of the originals.
        m.Memory.Memcpy(scratch, @base, (ulong)(count * size));
        Comparison<long> compare = (x, y) =>
        {
            m.EnsureStack(3);
            var argBase = m.Sp;
            m.Stack[m.Sp++] = new Value { P = m.Memory.Add(scratch, x * size) };
            m.Stack[m.Sp++] = new Value { P = m.Memory.Add(scratch, y * size) };
            if (withArgument) m.Stack[m.Sp++] = extra;
            m.At = at;
            cmp.Invoke(m, argBase, withArgument ? 3 : 2);
            return (int)m.Ret.I;
        };
        var sorted = MergeSort(order, compare);
        for (var i = 0; i < sorted.Length; i++)
            m.Memory.Memcpy(m.Memory.Add(@base, i * size), m.Memory.Add(scratch, sorted[i] * size), (ulong)size);
        m.Memory.Free(scratch, at);
        m.At = at;
    }

    private static long[] MergeSort(long[] items, Comparison<long> compare)
    {
        if (items.Length < 2) return items;
        var mid = items.Length / 2;
        var left = MergeSort(items[..mid], compare);
        var right = MergeSort(items[mid..], compare);
        var result = new long[items.Length];
        int i = 0, j = 0, k = 0;
        while (i < left.Length && j < right.Length) result[k++] = compare(left[i], right[j]) <= 0 ? left[i++] : right[j++];
        while (i < left.Length) result[k++] = left[i++];
        while (j < right.Length) result[k++] = right[j++];
        return result;
    }
}
