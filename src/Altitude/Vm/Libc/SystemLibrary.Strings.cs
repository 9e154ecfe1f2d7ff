using System.Text;
using Altitude.Memory;
using Altitude.Vm.Execute;

namespace Altitude.Vm.Libc;

/// <summary>
/// The rest of string.h and strings.h (strerror with glibc's messages, strcoll/strxfrm in the C locale,
/// the GNU and BSD extras), the C-locale ctype extras, and locale.h.
/// </summary>
public sealed partial class SystemLibrary
{
    /// <summary>glibc's strerror texts for errno 0..133.</summary>
    private static readonly string[] ErrorMessages =
    [
        "Success", "Operation not permitted", "No such file or directory", "No such process", "Interrupted system call",
        "Input/output error", "No such device or address", "Argument list too long", "Exec format error", "Bad file descriptor",
        "No child processes", "Resource temporarily unavailable", "Cannot allocate memory", "Permission denied", "Bad address",
        "Block device required", "Device or resource busy", "File exists", "Invalid cross-device link", "No such device",
        "Not a directory", "Is a directory", "Invalid argument", "Too many open files in system", "Too many open files",
        "Inappropriate ioctl for device", "Text file busy", "File too large", "No space left on device", "Illegal seek",
        "Read-only file system", "Too many links", "Broken pipe", "Numerical argument out of domain",
        "Numerical result out of range", "Resource deadlock avoided", "File name too long", "No locks available",
        "Function not implemented", "Directory not empty", "Too many levels of symbolic links", "Unknown error 41",
        "No message of desired type", "Identifier removed", "Channel number out of range", "Level 2 not synchronized",
        "Level 3 halted", "Level 3 reset", "Link number out of range", "Protocol driver not attached",
        "No CSI structure available", "Level 2 halted", "Invalid exchange", "Invalid request descriptor", "Exchange full",
        "No anode", "Invalid request code", "Invalid slot", "Unknown error 58", "Bad font file format", "Device not a stream",
        "No data available", "Timer expired", "Out of streams resources", "Machine is not on the network", "Package not installed",
        "Object is remote", "Link has been severed", "Advertise error", "Srmount error", "Communication error on send",
        "Protocol error", "Multihop attempted", "RFS specific error", "Bad message", "Value too large for defined data type",
        "Name not unique on network", "File descriptor in bad state", "Remote address changed",
        "Can not access a needed shared library", "Accessing a corrupted shared library", ".lib section in a.out corrupted",
        "Attempting to link in too many shared libraries", "Cannot exec a shared library directly",
        "Invalid or incomplete multibyte or wide character", "Interrupted system call should be restarted", "Streams pipe error",
        "Too many users", "Socket operation on non-socket", "Destination address required", "Message too long",
        "Protocol wrong type for socket", "Protocol not available", "Protocol not supported", "Socket type not supported",
        "Operation not supported", "Protocol family not supported", "Address family not supported by protocol",
        "Address already in use", "Cannot assign requested address", "Network is down", "Network is unreachable",
        "Network dropped connection on reset", "Software caused connection abort", "Connection reset by peer",
        "No buffer space available", "Transport endpoint is already connected", "Transport endpoint is not connected",
        "Cannot send after transport endpoint shutdown", "Too many references: cannot splice", "Connection timed out",
        "Connection refused", "Host is down", "No route to host", "Operation already in progress", "Operation now in progress",
        "Stale file handle", "Structure needs cleaning", "Not a XENIX named type file", "No XENIX semaphores available",
        "Is a named type file", "Remote I/O error", "Disk quota exceeded", "No medium found", "Wrong medium type",
        "Operation canceled", "Required key not available", "Key has expired", "Key has been revoked",
        "Key was rejected by service", "Owner died", "State not recoverable", "Operation not possible due to RF-kill",
        "Memory page has hardware error",
    ];

    private static string ErrorMessage(long e) => e >= 0 && e < ErrorMessages.Length ? ErrorMessages[e] : $"Unknown error {e}";

    private void RegisterStrings()
    {
        // Known messages are constant strings of their own; unknown numbers share one buffer, as in glibc.
        Add("strerror", (m, b, n) =>
        {
            var e = (int)Arg(m, b, 0).I;
            RetPtr(m, e >= 0 && e < ErrorMessages.Length ? ConstantString(m, ErrorMessages[e]) : StaticString(m, "strerror", ErrorMessage(e)));
        });
        Add("strerror_l", _functions["strerror"]);
        // The GNU strerror_r returns a known message as a constant string (the buffer is unused); an unknown
        // number's "Unknown error N" goes into the buffer, truncated to fit.
        Add("strerror_r", (m, b, n) =>
        {
            var e = (int)Arg(m, b, 0).I;
            if (e >= 0 && e < ErrorMessages.Length) { RetPtr(m, ConstantString(m, ErrorMessages[e])); return; }
            var text = Encoding.Latin1.GetBytes(ErrorMessage(e));
            var buf = Arg(m, b, 1).P;
            var size = Arg(m, b, 2).I;
            if (size <= 0) { RetPtr(m, buf); return; }
            WriteCString(m, buf, text.AsSpan(0, (int)Math.Min(text.Length, size - 1)));
            RetPtr(m, buf);
        });
        // The POSIX strerror_r: 0, or ERANGE when the message does not fit (it is truncated), EINVAL for an unknown number.
        Add("__xpg_strerror_r", (m, b, n) =>
        {
            var e = (int)Arg(m, b, 0).I;
            var text = Encoding.Latin1.GetBytes(ErrorMessage(e));
            var buf = Arg(m, b, 1).P;
            var size = Arg(m, b, 2).I;
            var k = (int)Math.Min(text.Length, Math.Max(size - 1, 0));
            if (size > 0) WriteCString(m, buf, text.AsSpan(0, k));
            RetInt(m, e < 0 || e >= ErrorMessages.Length ? EINVAL : k < text.Length ? 34 : 0);
        });
        // The C locale collates by byte value and transforms strings to themselves.
        Add("strcoll", _functions["strcmp"]);
        Add("strxfrm", (m, b, n) =>
        {
            var src = CString(m, Arg(m, b, 1).P);
            var size = Arg(m, b, 2).I;
            if (src.Length < size) WriteCString(m, Arg(m, b, 0).P, src);
            RetInt(m, src.Length);
        });
        Add("strnlen", (m, b, n) => RetInt(m, Bounded(m, Arg(m, b, 0).P, Arg(m, b, 1).I).Length));
        Add("memrchr", (m, b, n) =>
        {
            var p = Arg(m, b, 0).P;
            var k = (ulong)Arg(m, b, 2).I;
            var i = k == 0 ? -1 : m.Memory.GetBytes(p, k).LastIndexOf((byte)Arg(m, b, 1).I);
            RetPtr(m, i < 0 ? Pointer.Null : m.Memory.Add(p, i));
        });
        Add("rawmemchr", (m, b, n) =>
        {
            var p = Arg(m, b, 0).P;
            var c = (byte)Arg(m, b, 1).I;
            long i = 0;
            while (m.Memory.GetBytes(m.Memory.Add(p, i), 1)[0] != c) i++;
            RetPtr(m, m.Memory.Add(p, i));
        });
        Add("memmem", (m, b, n) =>
        {
            var p = Arg(m, b, 0).P;
            var hl = (ulong)Arg(m, b, 1).I;
            var nl = (ulong)Arg(m, b, 3).I;
            if (nl == 0) { RetPtr(m, p); return; }
            if (hl < nl) { RetPtr(m, Pointer.Null); return; }
            var needle = m.Memory.GetBytes(Arg(m, b, 2).P, nl).ToArray();
            var i = m.Memory.GetBytes(p, hl).IndexOf(needle);
            RetPtr(m, i < 0 ? Pointer.Null : m.Memory.Add(p, i));
        });
        Add("mempcpy", (m, b, n) => { var d = Arg(m, b, 0).P; var k = (ulong)Arg(m, b, 2).I; if (k > 0) m.Memory.Memcpy(d, Arg(m, b, 1).P, k); RetPtr(m, m.Memory.Add(d, (long)k)); });
        Add("stpncpy", (m, b, n) =>
        {
            var d = Arg(m, b, 0).P;
            var count = Arg(m, b, 2).I;
            var src = Bounded(m, Arg(m, b, 1).P, count);
            var bytes = new byte[count];
            src.CopyTo(bytes, 0);
            if (count > 0) m.Memory.WriteBytes(d, bytes, m.CharTag);
            RetPtr(m, m.Memory.Add(d, src.Length));
        });
        Add("strchrnul", (m, b, n) =>
        {
            var p = Arg(m, b, 0).P;
            var s = CString(m, p);
            var c = (byte)Arg(m, b, 1).I;
            var i = c == 0 ? s.Length : Array.IndexOf(s, c);
            RetPtr(m, m.Memory.Add(p, i < 0 ? s.Length : i));
        });
        Add("strcasestr", (m, b, n) =>
        {
            var p = Arg(m, b, 0).P;
            var h = LowerAscii(CString(m, p));
            var i = h.AsSpan().IndexOf(LowerAscii(CString(m, Arg(m, b, 1).P)));
            RetPtr(m, i < 0 ? Pointer.Null : m.Memory.Add(p, i));
        });
        Add("strsep", (m, b, n) =>
        {
            var sp = Arg(m, b, 0).P;
            var tag = m.Tags[(int)ScalarKind.DataPointer];
            var s = m.Memory.ReadPointer(sp, tag, m.At, out var invalid);
            if (invalid is not null) Checks.Invalid(m, invalid);
            if (s.IsNull) { RetPtr(m, Pointer.Null); return; }
            var text = CString(m, s);
            var delimiters = CString(m, Arg(m, b, 1).P);
            var i = 0;
            while (i < text.Length && Array.IndexOf(delimiters, text[i]) < 0) i++;
            if (i < text.Length)
            {
                m.Memory.WriteBytes(m.Memory.Add(s, i), [0], m.CharTag);
                m.Memory.WritePointer(sp, tag, m.Memory.Add(s, i + 1));
            }
            else m.Memory.WritePointer(sp, tag, Pointer.Null);
            RetPtr(m, s);
        });
        Add("explicit_bzero", (m, b, n) => { var k = (ulong)Arg(m, b, 1).I; if (k > 0) m.Memory.Memset(Arg(m, b, 0).P, 0, k); RetInt(m, 0); });
        Add("bzero", _functions["explicit_bzero"]);
        Add("bcopy", (m, b, n) => { var k = (ulong)Arg(m, b, 2).I; if (k > 0) m.Memory.Memmove(Arg(m, b, 1).P, Arg(m, b, 0).P, k); RetInt(m, 0); });
        Add("bcmp", _functions["memcmp"]);
        Add("index", _functions["strchr"]);
        Add("rindex", _functions["strrchr"]);
        Add("strcasecmp", (m, b, n) => RetInt(m, Compare(LowerAscii(CString(m, Arg(m, b, 0).P)), LowerAscii(CString(m, Arg(m, b, 1).P)), long.MaxValue)));
        Add("strncasecmp", (m, b, n) =>
        {
            var k = Arg(m, b, 2).I;
            RetInt(m, Compare(LowerAscii(Bounded(m, Arg(m, b, 0).P, k)), LowerAscii(Bounded(m, Arg(m, b, 1).P, k)), k));
        });
        Add("ffsl", (m, b, n) => { var v = (ulong)Arg(m, b, 0).I; RetInt(m, v == 0 ? 0 : System.Numerics.BitOperations.TrailingZeroCount(v) + 1); });
        Add("ffsll", _functions["ffsl"]);
        Add("strverscmp", (m, b, n) => RetInt(m, VersionCompare(CString(m, Arg(m, b, 0).P), CString(m, Arg(m, b, 1).P))));

        Add("isascii", (m, b, n) => RetInt(m, (Arg(m, b, 0).I & ~0x7f) == 0 ? 1 : 0));
        Add("toascii", (m, b, n) => RetInt(m, Arg(m, b, 0).I & 0x7f));
    }

    private static byte[] LowerAscii(byte[] s)
    {
        var r = (byte[])s.Clone();
        for (var i = 0; i < r.Length; i++) if (r[i] is >= (byte)'A' and <= (byte)'Z') r[i] += 32;
        return r;
    }

    /// <summary>strverscmp: digit runs compare as numbers (runs with leading zeros as fractional parts).</summary>
    private static int VersionCompare(byte[] a, byte[] b)
    {
        int i = 0, j = 0;
        while (true)
        {
            if (i < a.Length && j < b.Length && IsDigit(a[i]) && IsDigit(b[j]))
            {
                int si = i, sj = j;
                while (i < a.Length && IsDigit(a[i])) i++;
                while (j < b.Length && IsDigit(b[j])) j++;
                var x = a.AsSpan(si, i - si);
                var y = b.AsSpan(sj, j - sj);
                var fractional = x[0] == '0' || y[0] == '0';
                if (fractional)
                {
                    // Leading zeros: more zeros sort first, then compare as decimal fractions.
                    int zx = 0, zy = 0;
                    while (zx < x.Length && x[zx] == '0') zx++;
                    while (zy < y.Length && y[zy] == '0') zy++;
                    if (zx != zy) return zx > zy ? -1 : 1;
                    var c = x[zx..].SequenceCompareTo(y[zy..]);
                    if (c != 0) return Math.Sign(c);
                }
                else
                {
                    if (x.Length != y.Length) return x.Length < y.Length ? -1 : 1;
                    var c = x.SequenceCompareTo(y);
                    if (c != 0) return Math.Sign(c);
                }
                continue;
            }
            int ca = i < a.Length ? a[i] : 0, cb = j < b.Length ? b[j] : 0;
            if (ca != cb) return ca - cb;
            if (ca == 0) return 0;
            i++; j++;
        }
    }

    private static bool IsDigit(byte c) => c is >= (byte)'0' and <= (byte)'9';

    // ---- locale.h: only the C locale exists ----

    private Blob? _lconv;
    private Blob? _cLocale;

    private void RegisterLocale()
    {
        Add("setlocale", (m, b, n) =>
        {
            var category = Arg(m, b, 0).I;
            var name = Arg(m, b, 1).P;
            if (category is < 0 or > 12) { SetErrno(m, EINVAL); RetPtr(m, Pointer.Null); return; }
            if (!name.IsNull)
            {
                var s = Text(CString(m, name));
                // "" selects the environment's locale; Altitude has only the C locale, so that is "C" too.
                if (s is not ("C" or "POSIX" or "")) { RetPtr(m, Pointer.Null); return; }
            }
            RetPtr(m, StaticString(m, "setlocale", "C"));
        });
        Add("localeconv", (m, b, n) => RetPtr(m, LconvObject(m)));
        Add("newlocale", (m, b, n) =>
        {
            var name = Text(CString(m, Arg(m, b, 1).P));
            if (name is not ("C" or "POSIX" or "")) { SetErrno(m, 2); RetPtr(m, Pointer.Null); return; }
            RetPtr(m, CLocale(m));
        });
        Add("duplocale", (m, b, n) => RetPtr(m, CLocale(m)));
        Add("freelocale", (m, b, n) => RetInt(m, 0));
        Add("uselocale", (m, b, n) => RetPtr(m, new Pointer(ulong.MaxValue, null))); // LC_GLOBAL_LOCALE
        Add("__ctype_get_mb_cur_max", (m, b, n) => RetInt(m, 1));
    }

    /// <summary>The one locale object (locale_t is opaque; every C locale is this).</summary>
    private Pointer CLocale(Machine m) =>
        MemorySpace.PointerTo(_cLocale ??= m.Memory.AllocateStatic("C locale", 8, 8, Altitude.Text.SourceLocation.None));

    /// <summary>struct lconv of the C locale: "." and empty strings, CHAR_MAX for every char member.</summary>
    private Pointer LconvObject(Machine m)
    {
        if (_lconv is null)
        {
            _lconv = m.Memory.AllocateStatic("localeconv result", 96, 8, Altitude.Text.SourceLocation.None, new NamedAllocationType("struct lconv", 96));
            var p = MemorySpace.PointerTo(_lconv);
            var tag = m.Tags[(int)ScalarKind.DataPointer];
            var dot = StaticString(m, "localeconv decimal_point", ".");
            var empty = StaticString(m, "localeconv empty", "");
            for (var i = 0; i < 10; i++) m.Memory.WritePointer(m.Memory.Add(p, i * 8), tag, i == 0 ? dot : empty);
            var chars = new byte[14];
            Array.Fill(chars, (byte)127);
            m.Memory.WriteBytes(m.Memory.Add(p, 80), chars, m.CharTag);
        }
        return MemorySpace.PointerTo(_lconv);
    }
}
