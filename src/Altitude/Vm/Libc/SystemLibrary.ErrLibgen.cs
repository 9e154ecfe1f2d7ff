using Altitude.Memory;
using Altitude.Vm.Execute;

namespace Altitude.Vm.Libc;

public sealed partial class SystemLibrary
{
    /// <summary>err.h (BSD, in glibc) and libgen.h.</summary>
    private void RegisterErrAndLibgen()
    {
        // warn: "prog: message: strerror(errno)"; warnx: "prog: message"; err/errx then exit(status).
        Add("warn", (m, b, n) => { Warn(m, Arg(m, b, 0).P, m.Stack, b + 1, b + n, withErrno: true); RetInt(m, 0); });
        Add("warnx", (m, b, n) => { Warn(m, Arg(m, b, 0).P, m.Stack, b + 1, b + n, withErrno: false); RetInt(m, 0); });
        Add("err", (m, b, n) => { Warn(m, Arg(m, b, 1).P, m.Stack, b + 2, b + n, withErrno: true); Exit(m, (int)Arg(m, b, 0).I); });
        Add("errx", (m, b, n) => { Warn(m, Arg(m, b, 1).P, m.Stack, b + 2, b + n, withErrno: false); Exit(m, (int)Arg(m, b, 0).I); });
        Add("vwarn", (m, b, n) => { var (v, pos) = VaValues(m, Arg(m, b, 1).P); Warn(m, Arg(m, b, 0).P, v, pos, v.Length, withErrno: true); RetInt(m, 0); });
        Add("vwarnx", (m, b, n) => { var (v, pos) = VaValues(m, Arg(m, b, 1).P); Warn(m, Arg(m, b, 0).P, v, pos, v.Length, withErrno: false); RetInt(m, 0); });
        Add("verr", (m, b, n) => { var (v, pos) = VaValues(m, Arg(m, b, 2).P); Warn(m, Arg(m, b, 1).P, v, pos, v.Length, withErrno: true); Exit(m, (int)Arg(m, b, 0).I); });
        Add("verrx", (m, b, n) => { var (v, pos) = VaValues(m, Arg(m, b, 2).P); Warn(m, Arg(m, b, 1).P, v, pos, v.Length, withErrno: false); Exit(m, (int)Arg(m, b, 0).I); });

        // POSIX basename/dirname (libgen.h): they may write a NUL over trailing slashes, as glibc's do.
        Add("basename", (m, b, n) =>
        {
            var p = Arg(m, b, 0).P;
            var s = p.IsNull ? [] : CString(m, p);
            if (s.Length == 0) { RetPtr(m, ConstantString(m, ".")); return; }
            var end = s.Length;
            while (end > 1 && s[end - 1] == '/') end--;
            if (end == 1 && s[0] == '/') { RetPtr(m, ConstantString(m, "/")); return; }
            if (end < s.Length) m.Memory.WriteBytes(m.Memory.Add(p, end), [0], m.CharTag);
            var start = Array.LastIndexOf(s, (byte)'/', end - 1) + 1;
            RetPtr(m, m.Memory.Add(p, start));
        });
        Add("__xpg_basename", _functions["basename"]);
        Add("dirname", (m, b, n) =>
        {
            var p = Arg(m, b, 0).P;
            var s = p.IsNull ? [] : CString(m, p);
            var end = s.Length;
            while (end > 1 && s[end - 1] == '/') end--;
            var slash = end == 0 ? -1 : Array.LastIndexOf(s, (byte)'/', end - 1);
            if (slash < 0) { RetPtr(m, ConstantString(m, ".")); return; }
            while (slash > 0 && s[slash - 1] == '/') slash--;
            // "/x" keeps its root; glibc leaves a leading "//" intact.
            var cut = slash == 0 ? (s.Length > 1 && s[1] == '/' && (s.Length == 2 || s[2] != '/') ? 2 : 1) : slash;
            m.Memory.WriteBytes(m.Memory.Add(p, cut), [0], m.CharTag);
            RetPtr(m, p);
        });
    }

    private static void Warn(Machine m, Pointer format, Value[] values, int start, int end, bool withErrno)
    {
        var errno = m.ErrnoLocation.IsNull ? 0 : m.Errno;
        var name = m.ProgramName;
        var slash = name.LastIndexOf('/');
        var text = new List<byte>(System.Text.Encoding.UTF8.GetBytes((slash >= 0 ? name[(slash + 1)..] : name) + ": "));
        if (!format.IsNull)
        {
            text.AddRange(Format(m, format, values, start, end, out _));
            if (withErrno) text.AddRange(": "u8.ToArray());
        }
        if (withErrno) text.AddRange(System.Text.Encoding.Latin1.GetBytes(ErrorMessage(errno)));
        text.Add((byte)'\n');
        m.Stderr.Write(text.ToArray());
    }
}
