using Altitude.Memory;
using Altitude.Vm.Execute;
using Altitude.Vm.Libc.Formatting;

namespace Altitude.Vm.Libc;

/// <summary>
/// wchar.h, wctype.h, uchar.h and the multibyte functions of stdlib.h in the C locale, which is what
/// glibc gives a program that never calls setlocale: the multibyte encoding is ASCII (MB_CUR_MAX 1,
/// bytes 0x80-0xff are EILSEQ), wide characters are classified as ASCII, wchar_t is a 4-byte int.
/// </summary>
public sealed partial class SystemLibrary
{
    private const int EILSEQ = 84;
    private const long WEOF = 0xffffffffL;
    private static readonly ulong SizeMax = ulong.MaxValue;
    private Pointer _wcstokSave;

    private static readonly string[] WideClassNames = ["alnum", "alpha", "blank", "cntrl", "digit", "graph", "lower", "print", "punct", "space", "upper", "xdigit"];

    private static int WideAt(Machine m, Pointer p, long i) =>
        BitConverter.ToInt32(m.Memory.GetBytes(m.Memory.Add(p, i * 4), 4));

    private static int[] WideString(Machine m, Pointer p)
    {
        var list = new List<int>();
        for (long i = 0; ; i++)
        {
            var c = WideAt(m, p, i);
            if (c == 0) return [.. list];
            list.Add(c);
        }
    }

    /// <summary>At most n wide characters, stopping at the terminator.</summary>
    private static int[] WideBounded(Machine m, Pointer p, long n)
    {
        var list = new List<int>();
        for (long i = 0; i < n; i++)
        {
            var c = WideAt(m, p, i);
            if (c == 0) break;
            list.Add(c);
        }
        return [.. list];
    }

    private static void WriteWide(Machine m, Pointer p, ReadOnlySpan<int> chars, bool terminate = true)
    {
        var tag = m.Tags[(int)ScalarKind.Int];
        for (var i = 0; i < chars.Length; i++) m.Memory.WriteInt32(m.Memory.Add(p, i * 4), tag, chars[i]);
        if (terminate) m.Memory.WriteInt32(m.Memory.Add(p, chars.Length * 4), tag, 0);
    }

    private static int WideCompare(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        for (var i = 0; ; i++)
        {
            int x = i < a.Length ? a[i] : 0, y = i < b.Length ? b[i] : 0;
            if (x != y) return x < y ? -1 : 1;
            if (x == 0) return 0;
        }
    }

    private static bool WideClass(string name, long c) => c is >= 0 and < 128 && name switch
    {
        "alnum" => c is >= '0' and <= '9' or >= 'a' and <= 'z' or >= 'A' and <= 'Z',
        "alpha" => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z',
        "blank" => c is ' ' or '\t',
        "cntrl" => c is < 32 or 127,
        "digit" => c is >= '0' and <= '9',
        "graph" => c is > 32 and < 127,
        "lower" => c is >= 'a' and <= 'z',
        "print" => c is >= 32 and < 127,
        "punct" => c is > 32 and < 127 && !(c is >= '0' and <= '9' or >= 'a' and <= 'z' or >= 'A' and <= 'Z'),
        "space" => c is ' ' or >= '\t' and <= '\r',
        "upper" => c is >= 'A' and <= 'Z',
        "xdigit" => c is >= '0' and <= '9' or >= 'a' and <= 'f' or >= 'A' and <= 'F',
        _ => false,
    };

    /// <summary>glibc's return value for a true wide classification (its table bit; iswdigit returns 1).</summary>
    private static int WideMask(string name) => name switch
    {
        "alnum" => 8, "alpha" => 1024, "blank" => 1, "cntrl" => 2, "digit" => 1, "graph" => 32768, "lower" => 512,
        "print" => 16384, "punct" => 4, "space" => 8192, "upper" => 256, _ => 4096,
    };

    private void RegisterWide()
    {
        foreach (var name in WideClassNames)
        {
            var cls = name;
            Add("isw" + cls, (m, b, n) => RetInt(m, WideClass(cls, (uint)Arg(m, b, 0).I) ? WideMask(cls) : 0));
        }
        Add("wctype", (m, b, n) => RetInt(m, Array.IndexOf(WideClassNames, Text(CString(m, Arg(m, b, 0).P))) + 1));
        Add("iswctype", (m, b, n) =>
        {
            var id = Arg(m, b, 1).I;
            RetInt(m, id is >= 1 and <= 12 && WideClass(WideClassNames[id - 1], (uint)Arg(m, b, 0).I) ? WideMask(WideClassNames[id - 1]) : 0);
        });
        Add("towupper", (m, b, n) => { var c = (uint)Arg(m, b, 0).I; RetInt(m, c is >= 'a' and <= 'z' ? c - 32 : c); });
        Add("towlower", (m, b, n) => { var c = (uint)Arg(m, b, 0).I; RetInt(m, c is >= 'A' and <= 'Z' ? c + 32 : c); });
        // wctrans_t is a pointer type: its values are small integers turned into pointers (1 toupper, 2 tolower).
        Add("wctrans", (m, b, n) =>
        {
            var name = Text(CString(m, Arg(m, b, 0).P));
            RetPtr(m, name == "toupper" ? m.Memory.FromInteger(1) : name == "tolower" ? m.Memory.FromInteger(2) : Pointer.Null);
        });
        Add("towctrans", (m, b, n) =>
        {
            var c = (uint)Arg(m, b, 0).I;
            var kind = Arg(m, b, 1).P.Address;
            RetInt(m, kind == 1 && c is >= 'a' and <= 'z' ? c - 32 : kind == 2 && c is >= 'A' and <= 'Z' ? c + 32 : c);
        });

        Add("wcschr", (m, b, n) =>
        {
            var p = Arg(m, b, 0).P;
            var s = WideString(m, p);
            var c = (int)Arg(m, b, 1).I;
            var i = c == 0 ? s.Length : Array.IndexOf(s, c);
            RetPtr(m, i < 0 ? Pointer.Null : m.Memory.Add(p, i * 4L));
        });
        Add("wcsrchr", (m, b, n) =>
        {
            var p = Arg(m, b, 0).P;
            var s = WideString(m, p);
            var c = (int)Arg(m, b, 1).I;
            var i = c == 0 ? s.Length : Array.LastIndexOf(s, c);
            RetPtr(m, i < 0 ? Pointer.Null : m.Memory.Add(p, i * 4L));
        });
        Add("wcsstr", (m, b, n) =>
        {
            var p = Arg(m, b, 0).P;
            var i = WideString(m, p).AsSpan().IndexOf(WideString(m, Arg(m, b, 1).P));
            RetPtr(m, i < 0 ? Pointer.Null : m.Memory.Add(p, i * 4L));
        });
        Add("wcsncpy", (m, b, n) =>
        {
            var d = Arg(m, b, 0).P;
            var k = Arg(m, b, 2).I;
            var src = WideBounded(m, Arg(m, b, 1).P, k);
            var padded = new int[k];
            src.CopyTo(padded, 0);
            WriteWide(m, d, padded, terminate: false);
            RetPtr(m, d);
        });
        Add("wcpcpy", (m, b, n) =>
        {
            var d = Arg(m, b, 0).P;
            var s = WideString(m, Arg(m, b, 1).P);
            WriteWide(m, d, s);
            RetPtr(m, m.Memory.Add(d, s.Length * 4L));
        });
        Add("wcpncpy", (m, b, n) =>
        {
            var d = Arg(m, b, 0).P;
            var k = Arg(m, b, 2).I;
            var src = WideBounded(m, Arg(m, b, 1).P, k);
            var padded = new int[k];
            src.CopyTo(padded, 0);
            WriteWide(m, d, padded, terminate: false);
            RetPtr(m, m.Memory.Add(d, src.Length * 4L));
        });
        Add("wcsncat", (m, b, n) =>
        {
            var d = Arg(m, b, 0).P;
            var len = WideString(m, d).Length;
            WriteWide(m, m.Memory.Add(d, len * 4L), WideBounded(m, Arg(m, b, 1).P, Arg(m, b, 2).I));
            RetPtr(m, d);
        });
        Add("wcsncmp", (m, b, n) =>
        {
            var k = Arg(m, b, 2).I;
            RetInt(m, WideCompare(WideBounded(m, Arg(m, b, 0).P, k), WideBounded(m, Arg(m, b, 1).P, k)));
        });
        Add("wcscoll", (m, b, n) => RetInt(m, WideCompare(WideString(m, Arg(m, b, 0).P), WideString(m, Arg(m, b, 1).P))));
        Add("wcscasecmp", (m, b, n) => RetInt(m, WideCompare(WideLower(WideString(m, Arg(m, b, 0).P)), WideLower(WideString(m, Arg(m, b, 1).P)))));
        Add("wcsncasecmp", (m, b, n) =>
        {
            var k = Arg(m, b, 2).I;
            RetInt(m, WideCompare(WideLower(WideBounded(m, Arg(m, b, 0).P, k)), WideLower(WideBounded(m, Arg(m, b, 1).P, k))));
        });
        Add("wcsxfrm", (m, b, n) =>
        {
            var s = WideString(m, Arg(m, b, 1).P);
            if (s.Length < Arg(m, b, 2).I) WriteWide(m, Arg(m, b, 0).P, s);
            RetInt(m, s.Length);
        });
        Add("wcsnlen", (m, b, n) => RetInt(m, WideBounded(m, Arg(m, b, 0).P, Arg(m, b, 1).I).Length));
        Add("wcsspn", (m, b, n) => { var s = WideString(m, Arg(m, b, 0).P); var set = WideString(m, Arg(m, b, 1).P); var i = 0; while (i < s.Length && Array.IndexOf(set, s[i]) >= 0) i++; RetInt(m, i); });
        Add("wcscspn", (m, b, n) => { var s = WideString(m, Arg(m, b, 0).P); var set = WideString(m, Arg(m, b, 1).P); var i = 0; while (i < s.Length && Array.IndexOf(set, s[i]) < 0) i++; RetInt(m, i); });
        Add("wcspbrk", (m, b, n) =>
        {
            var p = Arg(m, b, 0).P;
            var s = WideString(m, p); var set = WideString(m, Arg(m, b, 1).P);
            var i = 0; while (i < s.Length && Array.IndexOf(set, s[i]) < 0) i++;
            RetPtr(m, i < s.Length ? m.Memory.Add(p, i * 4L) : Pointer.Null);
        });
        Add("wcsdup", (m, b, n) =>
        {
            var s = WideString(m, Arg(m, b, 0).P);
            var p = m.Memory.Malloc((ulong)(s.Length + 1) * 4, m.At, null, m.Backtrace());
            WriteWide(m, p, s);
            RetPtr(m, p);
        });
        Add("wcstok", (m, b, n) =>
        {
            var savePtr = Arg(m, b, 2).P;
            var tag = m.Tags[(int)ScalarKind.DataPointer];
            var p = Arg(m, b, 0).P;
            if (p.IsNull) p = savePtr.IsNull ? _wcstokSave : m.Memory.ReadPointer(savePtr, tag, m.At, out _);
            if (p.IsNull) { RetPtr(m, Pointer.Null); return; }
            var delimiters = WideString(m, Arg(m, b, 1).P);
            var s = WideString(m, p);
            var start = 0;
            while (start < s.Length && Array.IndexOf(delimiters, s[start]) >= 0) start++;
            Pointer next;
            Pointer result;
            if (start == s.Length) { next = m.Memory.Add(p, start * 4L); result = Pointer.Null; }
            else
            {
                var end = start;
                while (end < s.Length && Array.IndexOf(delimiters, s[end]) < 0) end++;
                if (end < s.Length) { WriteWide(m, m.Memory.Add(p, end * 4L), [], terminate: true); next = m.Memory.Add(p, (end + 1) * 4L); }
                else next = m.Memory.Add(p, end * 4L);
                result = m.Memory.Add(p, start * 4L);
            }
            if (savePtr.IsNull) _wcstokSave = next; else m.Memory.WritePointer(savePtr, tag, next);
            RetPtr(m, result);
        });
        Add("wmemcpy", (m, b, n) => { var d = Arg(m, b, 0).P; var k = (ulong)Arg(m, b, 2).I * 4; if (k > 0) m.Memory.Memcpy(d, Arg(m, b, 1).P, k); RetPtr(m, d); });
        Add("wmemmove", (m, b, n) => { var d = Arg(m, b, 0).P; var k = (ulong)Arg(m, b, 2).I * 4; if (k > 0) m.Memory.Memmove(d, Arg(m, b, 1).P, k); RetPtr(m, d); });
        Add("wmemset", (m, b, n) =>
        {
            var d = Arg(m, b, 0).P;
            var fill = new int[Arg(m, b, 2).I];
            Array.Fill(fill, (int)Arg(m, b, 1).I);
            WriteWide(m, d, fill, terminate: false);
            RetPtr(m, d);
        });
        Add("wmemcmp", (m, b, n) =>
        {
            var k = Arg(m, b, 2).I;
            for (long i = 0; i < k; i++)
            {
                var x = WideAt(m, Arg(m, b, 0).P, i); var y = WideAt(m, Arg(m, b, 1).P, i);
                if (x != y) { RetInt(m, x < y ? -1 : 1); return; }
            }
            RetInt(m, 0);
        });
        Add("wmemchr", (m, b, n) =>
        {
            var p = Arg(m, b, 0).P; var c = (int)Arg(m, b, 1).I; var k = Arg(m, b, 2).I;
            for (long i = 0; i < k; i++) if (WideAt(m, p, i) == c) { RetPtr(m, m.Memory.Add(p, i * 4)); return; }
            RetPtr(m, Pointer.Null);
        });
        Add("wcwidth", (m, b, n) => { var c = (int)Arg(m, b, 0).I; RetInt(m, c == 0 ? 0 : c is >= 32 and < 127 ? 1 : -1); });
        Add("wcswidth", (m, b, n) =>
        {
            var s = WideBounded(m, Arg(m, b, 0).P, Arg(m, b, 1).I);
            var w = 0;
            foreach (var c in s) { if (c is < 32 or >= 127) { RetInt(m, -1); return; } w++; }
            RetInt(m, w);
        });

        // Single characters and the C locale's ASCII multibyte encoding.
        Add("btowc", (m, b, n) => { var c = Arg(m, b, 0).I; RetInt(m, c is >= 0 and < 128 ? c : WEOF); });
        Add("wctob", (m, b, n) => { var c = (uint)Arg(m, b, 0).I; RetInt(m, c < 128 ? c : -1); });
        Add("mbsinit", (m, b, n) => RetInt(m, 1));
        SystemCall mbrtowc = (m, b, n) => RetInt(m, (long)MultibyteToWide(m, Arg(m, b, 0).P, Arg(m, b, 1).P, (ulong)Arg(m, b, 2).I, 4));
        Add("mbrtowc", mbrtowc);
        Add("mbrtoc32", mbrtowc);
        Add("mbrtoc16", (m, b, n) => RetInt(m, (long)MultibyteToWide(m, Arg(m, b, 0).P, Arg(m, b, 1).P, (ulong)Arg(m, b, 2).I, 2)));
        Add("mbrlen", (m, b, n) => RetInt(m, (long)MultibyteToWide(m, Pointer.Null, Arg(m, b, 0).P, (ulong)Arg(m, b, 1).I, 4)));
        Add("mbtowc", (m, b, n) =>
        {
            if (Arg(m, b, 1).P.IsNull) { RetInt(m, 0); return; } // stateless encoding
            var r = MultibyteToWide(m, Arg(m, b, 0).P, Arg(m, b, 1).P, (ulong)Arg(m, b, 2).I, 4);
            RetInt(m, r == SizeMax || r == SizeMax - 1 ? -1 : (long)r);
        });
        Add("mblen", (m, b, n) =>
        {
            if (Arg(m, b, 0).P.IsNull) { RetInt(m, 0); return; }
            var r = MultibyteToWide(m, Pointer.Null, Arg(m, b, 0).P, (ulong)Arg(m, b, 1).I, 4);
            RetInt(m, r == SizeMax || r == SizeMax - 1 ? -1 : (long)r);
        });
        SystemCall wcrtomb = (m, b, n) => RetInt(m, (long)WideToMultibyte(m, Arg(m, b, 0).P, (uint)Arg(m, b, 1).I));
        Add("wcrtomb", wcrtomb);
        Add("c32rtomb", wcrtomb);
        Add("c16rtomb", (m, b, n) => RetInt(m, (long)WideToMultibyte(m, Arg(m, b, 0).P, (ushort)Arg(m, b, 1).I)));
        Add("wctomb", (m, b, n) =>
        {
            if (Arg(m, b, 0).P.IsNull) { RetInt(m, 0); return; }
            var r = WideToMultibyte(m, Arg(m, b, 0).P, (uint)Arg(m, b, 1).I);
            RetInt(m, r == SizeMax ? -1 : (long)r);
        });
        Add("mbstowcs", (m, b, n) => RetInt(m, (long)StringToWide(m, Arg(m, b, 0).P, Arg(m, b, 1).P, (ulong)Arg(m, b, 2).I)));
        Add("wcstombs", (m, b, n) => RetInt(m, (long)WideToString(m, Arg(m, b, 0).P, Arg(m, b, 1).P, (ulong)Arg(m, b, 2).I)));
        Add("mbsrtowcs", (m, b, n) =>
        {
            var srcPtr = Arg(m, b, 1).P;
            var tag = m.Tags[(int)ScalarKind.DataPointer];
            var src = m.Memory.ReadPointer(srcPtr, tag, m.At, out _);
            var dest = Arg(m, b, 0).P;
            var count = (ulong)Arg(m, b, 2).I;
            var r = StringToWide(m, dest, src, count);
            // *src becomes NULL when the terminator was converted, else points past the last converted byte.
            if (!dest.IsNull && r != SizeMax) m.Memory.WritePointer(srcPtr, tag, r < count ? Pointer.Null : m.Memory.Add(src, (long)r));
            RetInt(m, (long)r);
        });
        Add("wcsrtombs", (m, b, n) =>
        {
            var srcPtr = Arg(m, b, 1).P;
            var tag = m.Tags[(int)ScalarKind.DataPointer];
            var src = m.Memory.ReadPointer(srcPtr, tag, m.At, out _);
            var dest = Arg(m, b, 0).P;
            var count = (ulong)Arg(m, b, 2).I;
            var r = WideToString(m, dest, src, count);
            if (!dest.IsNull && r != SizeMax) m.Memory.WritePointer(srcPtr, tag, r < count ? Pointer.Null : m.Memory.Add(src, (long)r * 4));
            RetInt(m, (long)r);
        });

        // Wide numeric conversions: the C locale's wide digits are the ASCII ones, one per character.
        Add("wcstol", (m, b, n) => WideStrTo(m, b, s => { var r = StrToInteger.StrToL(s, (int)Arg(m, b, 2).I); return (r.Value, 0, r.End, r.Errno); }));
        Add("wcstoll", _functions["wcstol"]);
        Add("wcstoimax", _functions["wcstol"]);
        Add("wcstoul", (m, b, n) => WideStrTo(m, b, s => { var r = StrToInteger.StrToUL(s, (int)Arg(m, b, 2).I); return ((long)r.Value, 0, r.End, r.Errno); }));
        Add("wcstoull", _functions["wcstoul"]);
        Add("wcstoumax", _functions["wcstoul"]);
        Add("wcstod", (m, b, n) => WideStrTo(m, b, s => { var r = StrToFloat.StrToD(s); return (0, r.Value, r.End, r.Errno); }, isFloat: true));
        Add("wcstold", _functions["wcstod"]);
        Add("wcstof", (m, b, n) => WideStrTo(m, b, s => { var r = StrToFloat.StrToF(s); return (0, r.Value, r.End, r.Errno); }, isFloat: true));

        // Wide formatted output: the wide format is narrowed (C locale: ASCII), formatted by printf's engine, and widened.
        Add("swprintf", (m, b, n) => RetInt(m, WidePrintTo(m, Arg(m, b, 0).P, Arg(m, b, 1).I, Arg(m, b, 2).P, m.Stack, b + 3, b + n)));
        Add("vswprintf", (m, b, n) =>
        {
            var (values, pos) = VaValues(m, Arg(m, b, 3).P);
            RetInt(m, WidePrintTo(m, Arg(m, b, 0).P, Arg(m, b, 1).I, Arg(m, b, 2).P, values, pos, values.Length));
        });
        // Wide output goes through the same FILE streams as narrow output, so the two interleave.
        Add("wprintf", (m, b, n) => RetInt(m, WidePrint(m, Standard(m, Stdio(m).Stdout!, "wprintf"), Arg(m, b, 0).P, m.Stack, b + 1, b + n)));
        Add("vwprintf", (m, b, n) =>
        {
            var (values, pos) = VaValues(m, Arg(m, b, 1).P);
            RetInt(m, WidePrint(m, Standard(m, Stdio(m).Stdout!, "vwprintf"), Arg(m, b, 0).P, values, pos, values.Length));
        });
        Add("fwprintf", (m, b, n) => RetInt(m, WidePrint(m, Stream(m, Arg(m, b, 0).P, "fwprintf"), Arg(m, b, 1).P, m.Stack, b + 2, b + n)));
        // wcsftime: strftime's conversions on a narrowed (ASCII) format, widened; 0 when it does not fit.
        Add("wcsftime", (m, b, n) =>
        {
            var wide = WideString(m, Arg(m, b, 2).P);
            foreach (var c in wide) if ((uint)c >= 0x80) { SetErrno(m, EILSEQ); RetInt(m, 0); return; }
            var output = new System.Text.StringBuilder();
            var pieces = new List<(int End, bool Composite)>();
            Format(m, Narrow(wide), Arg(m, b, 3).P, output, pieces);
            var max = Arg(m, b, 1).I;
            var chars = new int[output.Length];
            for (var i = 0; i < chars.Length; i++) chars[i] = output[i];
            if (output.Length + 1 > max)
            {
                // As strftime: the whole pieces that fit are stored, unterminated, and the result is 0.
                var (fits, terminated) = FittingPrefix(pieces, max);
                WriteWide(m, Arg(m, b, 0).P, chars.AsSpan(0, fits), terminate: terminated);
                RetInt(m, 0);
                return;
            }
            WriteWide(m, Arg(m, b, 0).P, chars);
            RetInt(m, chars.Length);
        });
        Add("putwchar", (m, b, n) =>
        {
            var c = (uint)Arg(m, b, 0).I;
            if (c >= 128) { SetErrno(m, EILSEQ); RetInt(m, WEOF); return; }
            RetInt(m, Standard(m, Stdio(m).Stdout!, "putwchar").PutByte(m, (byte)c) < 0 ? WEOF : c);
        });
    }

    private static int[] WideLower(int[] s)
    {
        var r = (int[])s.Clone();
        for (var i = 0; i < r.Length; i++) if (r[i] is >= 'A' and <= 'Z') r[i] += 32;
        return r;
    }

    /// <summary>mbrtowc in the C locale: one ASCII byte per character; returns 0 for NUL, (size_t)-2 for n == 0, (size_t)-1 with EILSEQ for a byte above 0x7f.</summary>
    private static ulong MultibyteToWide(Machine m, Pointer dest, Pointer s, ulong n, int width)
    {
        if (s.IsNull) return 0;
        if (n == 0) return SizeMax - 1;
        var c = m.Memory.GetBytes(s, 1)[0];
        if (c >= 0x80) { SetErrno(m, EILSEQ); return SizeMax; }
        if (!dest.IsNull)
        {
            if (width == 4) m.Memory.WriteInt32(dest, m.Tags[(int)ScalarKind.Int], c);
            else m.Memory.WriteScalar(dest, 2, m.Tags[(int)ScalarKind.UShort], c);
        }
        return c == 0 ? 0UL : 1UL;
    }

    private static ulong WideToMultibyte(Machine m, Pointer dest, uint c)
    {
        if (dest.IsNull) return 1; // resets the (stateless) shift state
        if (c >= 0x80) { SetErrno(m, EILSEQ); return SizeMax; }
        m.Memory.WriteBytes(dest, [(byte)c], m.CharTag);
        return 1;
    }

    /// <summary>mbstowcs: converts up to n characters; NULL dest counts the whole string.</summary>
    private static ulong StringToWide(Machine m, Pointer dest, Pointer src, ulong n)
    {
        var s = CString(m, src);
        foreach (var c in s) if (c >= 0x80) { SetErrno(m, EILSEQ); return SizeMax; }
        if (dest.IsNull) return (ulong)s.Length;
        var k = (int)Math.Min((ulong)s.Length, n);
        var chars = new int[k];
        for (var i = 0; i < k; i++) chars[i] = s[i];
        WriteWide(m, dest, chars, terminate: (ulong)s.Length < n);
        return (ulong)k;
    }

    private static ulong WideToString(Machine m, Pointer dest, Pointer src, ulong n)
    {
        var s = WideString(m, src);
        foreach (var c in s) if ((uint)c >= 0x80) { SetErrno(m, EILSEQ); return SizeMax; }
        if (dest.IsNull) return (ulong)s.Length;
        var k = (int)Math.Min((ulong)s.Length, n);
        var bytes = new byte[k];
        for (var i = 0; i < k; i++) bytes[i] = (byte)s[i];
        if ((ulong)s.Length < n) WriteCString(m, dest, bytes);
        else if (k > 0) m.Memory.WriteBytes(dest, bytes, m.CharTag);
        return (ulong)k;
    }

    /// <summary>Narrows a wide string for the byte-level parsers: a non-ASCII character becomes a byte none of them accepts.</summary>
    private static byte[] Narrow(int[] s)
    {
        var bytes = new byte[s.Length];
        for (var i = 0; i < s.Length; i++) bytes[i] = (uint)s[i] < 0x80 ? (byte)s[i] : (byte)0x80;
        return bytes;
    }

    private static void WideStrTo(Machine m, int b, Func<byte[], (long I, double D, int End, int Errno)> parse, bool isFloat = false)
    {
        var s = Arg(m, b, 0).P;
        var r = parse(Narrow(WideString(m, s)));
        if (r.Errno != 0) SetErrno(m, r.Errno);
        var endptr = Arg(m, b, 1).P;
        if (!endptr.IsNull && r.End >= 0) m.Memory.WritePointer(endptr, m.Tags[(int)ScalarKind.DataPointer], m.Memory.Add(s, r.End * 4L));
        if (isFloat) RetDouble(m, r.D); else RetInt(m, r.I);
    }

    private static byte[]? WideFormat(Machine m, Pointer format, Value[] values, int start, int end, out int count)
    {
        var wide = WideString(m, format);
        count = -1;
        foreach (var c in wide) if ((uint)c >= 0x80) { SetErrno(m, EILSEQ); return null; }
        var fmt = PrintfFormat.Parse(Narrow(wide));
        var args = new GuestPrintfArguments(m, values, start, end);
        var sink = new ByteSink();
        var result = PrintfFormatter.Format(fmt, ref args, sink, m.Errno);
        if (result.Errno != 0) SetErrno(m, result.Errno);
        count = result.Count;
        return result.Failed ? null : sink.ToArray();
    }

    /// <summary>swprintf: -1 when the output (with its terminator) does not fit in n wide characters.</summary>
    private static int WidePrintTo(Machine m, Pointer dest, long n, Pointer format, Value[] values, int start, int end)
    {
        var bytes = WideFormat(m, format, values, start, end, out var count);
        if (bytes is null) return -1;
        var chars = new int[Math.Min(bytes.Length, Math.Max(n - 1, 0))];
        for (var i = 0; i < chars.Length; i++) chars[i] = bytes[i];
        if (n > 0) WriteWide(m, dest, chars);
        return bytes.Length >= n ? -1 : count;
    }

    private static int WidePrint(Machine m, Streams.StdioFile stream, Pointer format, Value[] values, int start, int end)
    {
        var bytes = WideFormat(m, format, values, start, end, out var count);
        if (bytes is null) return -1;
        return stream.Write(m, bytes) == bytes.Length ? count : -1;
    }
}
