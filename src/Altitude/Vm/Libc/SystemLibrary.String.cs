using Altitude.Memory;
using Altitude.Vm.Execute;

namespace Altitude.Vm.Libc;

public sealed partial class SystemLibrary
{
    private void RegisterString()
    {
        Add("strlen", (m, b, n) => RetInt(m, CString(m, Arg(m, b, 0).P).Length));
        Add("strcmp", (m, b, n) => RetInt(m, Compare(CString(m, Arg(m, b, 0).P), CString(m, Arg(m, b, 1).P), long.MaxValue)));
        Add("strncmp", (m, b, n) => RetInt(m, Compare(Bounded(m, Arg(m, b, 0).P, Arg(m, b, 2).I), Bounded(m, Arg(m, b, 1).P, Arg(m, b, 2).I), Arg(m, b, 2).I)));
        Add("strcpy", (m, b, n) =>
        {
            var d = Arg(m, b, 0).P;
            WriteCString(m, d, CString(m, Arg(m, b, 1).P));
            RetPtr(m, d);
        });
        Add("strncpy", (m, b, n) =>
        {
            var d = Arg(m, b, 0).P;
            var count = Arg(m, b, 2).I;
            var src = Bounded(m, Arg(m, b, 1).P, count);
            var bytes = new byte[count];
            src.AsSpan(0, (int)Math.Min(src.Length, count)).CopyTo(bytes);
            if (count > 0) m.Memory.WriteBytes(d, bytes, m.CharTag);
            RetPtr(m, d);
        });
        Add("strcat", (m, b, n) =>
        {
            var d = Arg(m, b, 0).P;
            var len = CString(m, d).Length;
            WriteCString(m, m.Memory.Add(d, len), CString(m, Arg(m, b, 1).P));
            RetPtr(m, d);
        });
        Add("strncat", (m, b, n) =>
        {
            var d = Arg(m, b, 0).P;
            var len = CString(m, d).Length;
            var src = Bounded(m, Arg(m, b, 1).P, Arg(m, b, 2).I);
            WriteCString(m, m.Memory.Add(d, len), src);
            RetPtr(m, d);
        });
        Add("strdup", (m, b, n) =>
        {
            var s = CString(m, Arg(m, b, 0).P);
            var p = m.Memory.Malloc((ulong)s.Length + 1, m.At);
            WriteCString(m, p, s);
            RetPtr(m, p);
        });
        Add("strchr", (m, b, n) =>
        {
            var p = Arg(m, b, 0).P;
            var s = CString(m, p);
            var c = (byte)Arg(m, b, 1).I;
            var i = c == 0 ? s.Length : Array.IndexOf(s, c);
            RetPtr(m, i < 0 ? Pointer.Null : m.Memory.Add(p, i));
        });
        Add("strrchr", (m, b, n) =>
        {
            var p = Arg(m, b, 0).P;
            var s = CString(m, p);
            var c = (byte)Arg(m, b, 1).I;
            var i = c == 0 ? s.Length : Array.LastIndexOf(s, c);
            RetPtr(m, i < 0 ? Pointer.Null : m.Memory.Add(p, i));
        });
        Add("strstr", (m, b, n) =>
        {
            var p = Arg(m, b, 0).P;
            var i = CString(m, p).AsSpan().IndexOf(CString(m, Arg(m, b, 1).P));
            RetPtr(m, i < 0 ? Pointer.Null : m.Memory.Add(p, i));
        });
        Add("memcpy", (m, b, n) => { var d = Arg(m, b, 0).P; var k = (ulong)Arg(m, b, 2).I; if (k > 0) m.Memory.Memcpy(d, Arg(m, b, 1).P, k); RetPtr(m, d); });
        Add("memmove", (m, b, n) => { var d = Arg(m, b, 0).P; var k = (ulong)Arg(m, b, 2).I; if (k > 0) m.Memory.Memmove(d, Arg(m, b, 1).P, k); RetPtr(m, d); });
        Add("memset", (m, b, n) => { var d = Arg(m, b, 0).P; var k = (ulong)Arg(m, b, 2).I; if (k > 0) m.Memory.Memset(d, (byte)Arg(m, b, 1).I, k); RetPtr(m, d); });
        Add("memcmp", (m, b, n) =>
        {
            var k = (ulong)Arg(m, b, 2).I;
            if (k == 0) { RetInt(m, 0); return; }
            var x = m.Memory.GetBytes(Arg(m, b, 0).P, k).ToArray();
            var y = m.Memory.GetBytes(Arg(m, b, 1).P, k);
            RetInt(m, Math.Sign(x.AsSpan().SequenceCompareTo(y)));
        });
        Add("memchr", (m, b, n) =>
        {
            var p = Arg(m, b, 0).P;
            var k = (ulong)Arg(m, b, 2).I;
            var i = k == 0 ? -1 : m.Memory.GetBytes(p, k).IndexOf((byte)Arg(m, b, 1).I);
            RetPtr(m, i < 0 ? Pointer.Null : m.Memory.Add(p, i));
        });
    }

    /// <summary>At most n bytes of a string: stops at the NUL or after n bytes, reading no further.</summary>
    private static byte[] Bounded(Machine m, Pointer p, long n)
    {
        var result = new List<byte>();
        for (long i = 0; i < n; i++)
        {
            var c = m.Memory.GetBytes(i == 0 ? p : m.Memory.Add(p, i), 1)[0];
            if (c == 0) break;
            result.Add(c);
        }
        return [.. result];
    }

    private static int Compare(byte[] a, byte[] b, long n)
    {
        var len = (int)Math.Min(Math.Max(a.Length, b.Length) + 1, Math.Min(n, int.MaxValue));
        for (var i = 0; i < len; i++)
        {
            int x = i < a.Length ? a[i] : 0, y = i < b.Length ? b[i] : 0;
            if (x != y) return x - y;
            if (x == 0) return 0;
        }
        return 0;
    }
}
