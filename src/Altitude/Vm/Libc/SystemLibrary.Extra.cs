using System.Numerics;
using Altitude.Memory;
using Altitude.Vm.Execute;
using Altitude.Vm.Libc.Formatting;

namespace Altitude.Vm.Libc;

public sealed partial class SystemLibrary
{
    private uint[] _randState = [];
    private int _randIndex;
    private Pointer _strtokSave;
    private Blob? _divBuffer, _ldivBuffer;

    /// <summary>div/ldiv return a struct: written to the library's result buffer, which the call copies.</summary>
    private static Pointer Division(Machine m, ref Blob? buffer, int size, long a, long b)
    {
        if (b == 0) throw m.Error(RuntimeErrors.DivisionByZero, "division by zero in div()");
        if ((size == 4 && a == int.MinValue || size == 8 && a == long.MinValue) && b == -1) throw m.Error(RuntimeErrors.SignedOverflow, "quotient not representable in div()");
        buffer ??= m.Memory.AllocateStatic("div result", (ulong)(2 * size), (ulong)size, Altitude.Text.SourceLocation.None);
        var p = MemorySpace.PointerTo(buffer);
        var tag = m.Tags[(int)(size == 4 ? ScalarKind.Int : ScalarKind.Long)];
        m.Memory.WriteScalar(p, size, tag, (ulong)(a / b));
        m.Memory.WriteScalar(m.Memory.Add(p, size), size, tag, (ulong)(a % b));
        return p;
    }

    private void RegisterExtra()
    {
        Add("srand", (m, b, n) => { SeedRand((uint)Arg(m, b, 0).I); RetInt(m, 0); });
        Add("rand", (m, b, n) =>
        {
            if (_randState.Length == 0) SeedRand(1);
            RetInt(m, NextRand());
        });
        Add("strtof", (m, b, n) =>
        {
            var s = Arg(m, b, 0).P;
            var r = StrToFloat.StrToF(CString(m, s));
            FinishStrTo(m, s, Arg(m, b, 1).P, r.End, r.Errno);
            RetDouble(m, r.Value);
        });
        Add("strndup", (m, b, n) =>
        {
            var s = Bounded(m, Arg(m, b, 0).P, Arg(m, b, 1).I);
            var p = m.Memory.Malloc((ulong)s.Length + 1, m.At);
            WriteCString(m, p, s);
            RetPtr(m, p);
        });
        Add("stpcpy", (m, b, n) =>
        {
            var d = Arg(m, b, 0).P;
            var s = CString(m, Arg(m, b, 1).P);
            WriteCString(m, d, s);
            RetPtr(m, m.Memory.Add(d, s.Length));
        });
        Add("strtok", (m, b, n) =>
        {
            var p = Arg(m, b, 0).P;
            if (p.IsNull) p = _strtokSave;
            if (p.IsNull) { RetPtr(m, Pointer.Null); return; }
            var delimiters = CString(m, Arg(m, b, 1).P);
            var s = CString(m, p);
            var start = 0;
            while (start < s.Length && Array.IndexOf(delimiters, s[start]) >= 0) start++;
            if (start == s.Length) { _strtokSave = Pointer.Null; RetPtr(m, Pointer.Null); return; }
            var end = start;
            while (end < s.Length && Array.IndexOf(delimiters, s[end]) < 0) end++;
            if (end < s.Length)
            {
                m.Memory.WriteBytes(m.Memory.Add(p, end), [0], m.CharTag);
                _strtokSave = m.Memory.Add(p, end + 1);
            }
            else _strtokSave = Pointer.Null;
            RetPtr(m, m.Memory.Add(p, start));
        });
        Add("strspn", (m, b, n) => { var s = CString(m, Arg(m, b, 0).P); var set = CString(m, Arg(m, b, 1).P); var i = 0; while (i < s.Length && Array.IndexOf(set, s[i]) >= 0) i++; RetInt(m, i); });
        Add("strcspn", (m, b, n) => { var s = CString(m, Arg(m, b, 0).P); var set = CString(m, Arg(m, b, 1).P); var i = 0; while (i < s.Length && Array.IndexOf(set, s[i]) < 0) i++; RetInt(m, i); });
        Add("strpbrk", (m, b, n) =>
        {
            var p = Arg(m, b, 0).P;
            var s = CString(m, p); var set = CString(m, Arg(m, b, 1).P);
            var i = 0; while (i < s.Length && Array.IndexOf(set, s[i]) < 0) i++;
            RetPtr(m, i < s.Length ? m.Memory.Add(p, i) : Pointer.Null);
        });
        Add("memccpy", (m, b, n) =>
        {
            var d = Arg(m, b, 0).P; var src = Arg(m, b, 1).P; var c = (byte)Arg(m, b, 2).I; var k = (ulong)Arg(m, b, 3).I;
            if (k == 0) { RetPtr(m, Pointer.Null); return; }
            // Reads stop at the first c: the source may be shorter than k.
            long count = 0, i = -1;
            while ((ulong)count < k)
            {
                var byteValue = m.Memory.GetBytes(m.Memory.Add(src, count), 1)[0];
                count++;
                if (byteValue == c) { i = count - 1; break; }
            }
            m.Memory.Memcpy(d, src, (ulong)count);
            RetPtr(m, i < 0 ? Pointer.Null : m.Memory.Add(d, count));
        });
        Add("imaxabs", (m, b, n) => { var v = Arg(m, b, 0).I; if (v == long.MinValue) throw m.Error(RuntimeErrors.SignedOverflow, "imaxabs(INTMAX_MIN)"); RetInt(m, Math.Abs(v)); });
        Add("__builtin_abs", _functions["abs"]);
        Add("__builtin_labs", _functions["labs"]);
        Add("__builtin_clz", (m, b, n) => { var v = (uint)Arg(m, b, 0).I; if (v == 0) throw m.Error(RuntimeErrors.LibraryMisuse, "__builtin_clz(0) is undefined"); RetInt(m, BitOperations.LeadingZeroCount(v)); });
        Add("__builtin_ctz", (m, b, n) => { var v = (uint)Arg(m, b, 0).I; if (v == 0) throw m.Error(RuntimeErrors.LibraryMisuse, "__builtin_ctz(0) is undefined"); RetInt(m, BitOperations.TrailingZeroCount(v)); });
        Add("__builtin_clzl", (m, b, n) => { var v = (ulong)Arg(m, b, 0).I; if (v == 0) throw m.Error(RuntimeErrors.LibraryMisuse, "__builtin_clzl(0) is undefined"); RetInt(m, BitOperations.LeadingZeroCount(v)); });
        Add("__builtin_ctzl", (m, b, n) => { var v = (ulong)Arg(m, b, 0).I; if (v == 0) throw m.Error(RuntimeErrors.LibraryMisuse, "__builtin_ctzl(0) is undefined"); RetInt(m, BitOperations.TrailingZeroCount(v)); });
        Add("__builtin_clzll", _functions["__builtin_clzl"]);
        Add("__builtin_ctzll", _functions["__builtin_ctzl"]);
        Add("bsearch", Bsearch);
        Add("sscanf", Sscanf);
        Add("wcscat", (m, b, n) =>
        {
            var d = Arg(m, b, 0).P;
            var dl = WideLength(m, d);
            var sl = WideLength(m, Arg(m, b, 1).P);
            m.Memory.Memmove(m.Memory.Add(d, dl * 4), Arg(m, b, 1).P, (ulong)(sl + 1) * 4);
            RetPtr(m, d);
        });
        Add("wcscmp", (m, b, n) =>
        {
            var x = Arg(m, b, 0).P; var y = Arg(m, b, 1).P;
            for (long i = 0; ; i++)
            {
                var a = BitConverter.ToInt32(m.Memory.GetBytes(m.Memory.Add(x, i * 4), 4));
                var c = BitConverter.ToInt32(m.Memory.GetBytes(m.Memory.Add(y, i * 4), 4));
                if (a != c) { RetInt(m, a < c ? -1 : 1); return; }
                if (a == 0) { RetInt(m, 0); return; }
            }
        });
        Add("strtoimax", _functions["strtol"]);
        Add("strtoumax", _functions["strtoul"]);
        Add("wcslen", (m, b, n) => RetInt(m, WideLength(m, Arg(m, b, 0).P)));
        Add("wcscpy", (m, b, n) =>
        {
            var d = Arg(m, b, 0).P;
            var len = WideLength(m, Arg(m, b, 1).P);
            m.Memory.Memmove(d, Arg(m, b, 1).P, (ulong)(len + 1) * 4);
            RetPtr(m, d);
        });
        SystemCall setjmp = (m, b, n) =>
        {
            var env = Arg(m, b, 0).P;
            var tag = m.Tags[(int)ScalarKind.Long];
            if (m.SetjmpResult >= 0)
            {
                RetInt(m, m.SetjmpResult);
                m.SetjmpResult = -1;
                return;
            }
            var id = m.NextJumpId++;
            m.JumpTargets[id] = new JumpTarget(m.Current!, m.Current!.Pc, b);
            m.Memory.WriteScalar(env, 8, tag, (ulong)id);
            RetInt(m, 0);
        };
        Add("setjmp", setjmp);
        Add("_setjmp", setjmp);
        SystemCall longjmp = (m, b, n) =>
        {
            var env = Arg(m, b, 0).P;
            var id = (long)m.Memory.ReadScalar(env, 8, m.Tags[(int)ScalarKind.Long], m.At, out _);
            if (!m.JumpTargets.TryGetValue(id, out var target) || !IsActive(m, target.Frame))
                throw m.Error(RuntimeErrors.LibraryMisuse, "longjmp to a jmp_buf whose setjmp's function has returned (C17 7.13.2.1p2)");
            throw new LongJump(target, (int)Arg(m, b, 1).I);
        };
        Add("longjmp", longjmp);
        Add("_longjmp", longjmp);
        Add("div", (m, b, n) => RetPtr(m, Division(m, ref _divBuffer, 4, Arg(m, b, 0).I, Arg(m, b, 1).I)));
        Add("ldiv", (m, b, n) => RetPtr(m, Division(m, ref _ldivBuffer, 8, Arg(m, b, 0).I, Arg(m, b, 1).I)));
        Add("lldiv", (m, b, n) => RetPtr(m, Division(m, ref _ldivBuffer, 8, Arg(m, b, 0).I, Arg(m, b, 1).I)));
        Add("imaxdiv", (m, b, n) => RetPtr(m, Division(m, ref _ldivBuffer, 8, Arg(m, b, 0).I, Arg(m, b, 1).I)));
        Add("__builtin_bswap32", (m, b, n) => RetInt(m, (long)System.Buffers.Binary.BinaryPrimitives.ReverseEndianness((uint)Arg(m, b, 0).I)));
        Add("__builtin_bswap64", (m, b, n) => RetInt(m, (long)System.Buffers.Binary.BinaryPrimitives.ReverseEndianness((ulong)Arg(m, b, 0).I)));
        Add("__builtin_bswap16", (m, b, n) => RetInt(m, (long)System.Buffers.Binary.BinaryPrimitives.ReverseEndianness((ushort)Arg(m, b, 0).I)));
        Add("strtok_r", (m, b, n) =>
        {
            var savePtr = Arg(m, b, 2).P;
            var ptag = m.Tags[(int)ScalarKind.DataPointer];
            var p = Arg(m, b, 0).P;
            if (p.IsNull) p = m.Memory.ReadPointer(savePtr, ptag, m.At, out _);
            if (p.IsNull) { RetPtr(m, Pointer.Null); return; }
            var delimiters = CString(m, Arg(m, b, 1).P);
            var s = CString(m, p);
            var start = 0;
            while (start < s.Length && Array.IndexOf(delimiters, s[start]) >= 0) start++;
            if (start == s.Length) { m.Memory.WritePointer(savePtr, ptag, m.Memory.Add(p, start)); RetPtr(m, Pointer.Null); return; }
            var end = start;
            while (end < s.Length && Array.IndexOf(delimiters, s[end]) < 0) end++;
            if (end < s.Length)
            {
                m.Memory.WriteBytes(m.Memory.Add(p, end), [0], m.CharTag);
                m.Memory.WritePointer(savePtr, ptag, m.Memory.Add(p, end + 1));
            }
            else m.Memory.WritePointer(savePtr, ptag, m.Memory.Add(p, end));
            RetPtr(m, m.Memory.Add(p, start));
        });
        Add("__builtin_ffs", (m, b, n) => { var v = (uint)Arg(m, b, 0).I; RetInt(m, v == 0 ? 0 : BitOperations.TrailingZeroCount(v) + 1); });
        Add("ffs", (m, b, n) => { var v = (uint)Arg(m, b, 0).I; RetInt(m, v == 0 ? 0 : BitOperations.TrailingZeroCount(v) + 1); });
        Add("__builtin_popcount", (m, b, n) => RetInt(m, BitOperations.PopCount((uint)Arg(m, b, 0).I)));
        Add("__builtin_popcountl", (m, b, n) => RetInt(m, BitOperations.PopCount((ulong)Arg(m, b, 0).I)));
        Add("__builtin_popcountll", (m, b, n) => RetInt(m, BitOperations.PopCount((ulong)Arg(m, b, 0).I)));
    }

    private static long WideLength(Machine m, Pointer p)
    {
        long n = 0;
        while (BitConverter.ToInt32(m.Memory.GetBytes(m.Memory.Add(p, n * 4), 4)) != 0) n++;
        return n;
    }

    private static bool IsActive(Machine m, Frame target)
    {
        for (var g = m.Current; g is not null; g = g.Caller) if (g == target) return true;
        return false;
    }

    private static void Bsearch(Machine m, int b, int n)
    {
        var key = Arg(m, b, 0).P;
        var @base = Arg(m, b, 1).P;
        var count = Arg(m, b, 2).I;
        var size = Arg(m, b, 3).I;
        var cmpPtr = Arg(m, b, 4).P;
        if (cmpPtr.Provenance is null || !m.FunctionsByBlob.TryGetValue(cmpPtr.Provenance, out var cmp)) throw m.Error(RuntimeErrors.BadFunctionPointer, cmpPtr.ToString());
        var at = m.At;
        long lo = 0, hi = count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            var element = m.Memory.Add(@base, mid * size);
            m.EnsureStack(2);
            var argBase = m.Sp;
            m.Stack[m.Sp++] = new Value { P = key };
            m.Stack[m.Sp++] = new Value { P = element };
            m.At = at;
            cmp.Invoke(m, argBase, 2);
            var c = (int)m.Ret.I;
            if (c == 0) { m.At = at; RetPtr(m, element); return; }
            if (c < 0) hi = mid; else lo = mid + 1;
        }
        m.At = at;
        RetPtr(m, Pointer.Null);
    }

    // glibc's rand(): the TYPE_3 additive feedback generator, seeded by a Park-Miller sequence.
    private void SeedRand(uint seed)
    {
        var r = new int[34];
        r[0] = seed == 0 ? 1 : (int)seed;
        for (var i = 1; i < 31; i++)
        {
            var hi = r[i - 1] / 127773;
            var lo = r[i - 1] % 127773;
            var word = 16807 * lo - 2836 * hi;
            if (word < 0) word += 2147483647;
            r[i] = word;
        }
        for (var i = 31; i < 34; i++) r[i] = r[i - 31];
        _randState = new uint[34];
        for (var i = 0; i < 34; i++) _randState[i] = (uint)r[i];
        _randIndex = 0;
        for (var i = 34; i < 344; i++) NextRaw();
    }

    private uint NextRaw()
    {
        // Ring of the last 34 values: r[i] = r[i-31] + r[i-3].
        var i = _randIndex;
        var v = _randState[(i + 34 - 31) % 34] + _randState[(i + 34 - 3) % 34];
        _randState[i] = v;
        _randIndex = (i + 1) % 34;
        return v;
    }

    private int NextRand() => (int)(NextRaw() >> 1);
}
