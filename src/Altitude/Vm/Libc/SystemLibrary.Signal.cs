using Altitude.Memory;
using Altitude.Vm.Execute;

namespace Altitude.Vm.Libc;

/// <summary>
/// signal.h for signals the program raises itself (the VM delivers no asynchronous signals). signal()
/// has glibc's BSD semantics: a handler stays installed after it runs. A signal whose action is the
/// default ends the program with status 128 + the signal number, as a shell reports a death by signal,
/// without flushing stdio buffers; a few signals are ignored by default.
/// </summary>
public sealed partial class SystemLibrary
{
    private const int SignalCount = 65, SIGABRT = 6;
    private readonly Pointer[] _signalHandlers = new Pointer[SignalCount];

    private void RegisterSignal()
    {
        Add("signal", (m, b, n) =>
        {
            var sig = (int)Arg(m, b, 0).I;
            var handler = Arg(m, b, 1).P;
            // SIGKILL and SIGSTOP cannot be caught; out-of-range numbers are EINVAL.
            if (sig is <= 0 or >= SignalCount || sig is 9 or 19)
            {
                SetErrno(m, EINVAL);
                RetPtr(m, new Pointer(ulong.MaxValue, null)); // SIG_ERR
                return;
            }
            if (!IsSpecialHandler(handler)) HandlerFunction(m, handler);
            var previous = _signalHandlers[sig];
            _signalHandlers[sig] = handler;
            RetPtr(m, previous);
        });
        Add("raise", (m, b, n) =>
        {
            var sig = (int)Arg(m, b, 0).I;
            if (sig is <= 0 or >= SignalCount) { SetErrno(m, EINVAL); RetInt(m, -1); return; }
            Deliver(m, sig);
            RetInt(m, 0);
        });
        Add("abort", (m, b, n) =>
        {
            // A SIGABRT handler runs first; if it returns (or SIGABRT is ignored), abort still ends the program.
            if (!_signalHandlers[SIGABRT].IsNull && _signalHandlers[SIGABRT].Address != 1) Deliver(m, SIGABRT);
            throw Killed(m, SIGABRT, "abort() called");
        });
        Add("__libc_current_sigrtmin", (m, b, n) => RetInt(m, 34));
        Add("__libc_current_sigrtmax", (m, b, n) => RetInt(m, 64));
        Add("strsignal", (m, b, n) =>
        {
            var sig = (int)Arg(m, b, 0).I;
            RetPtr(m, sig is >= 1 and <= 31 ? ConstantString(m, SignalName(sig)) : StaticString(m, "strsignal", SignalName(sig)));
        });
        Add("psignal", (m, b, n) =>
        {
            var prefix = Arg(m, b, 1).P;
            var text = SignalName((int)Arg(m, b, 0).I);
            var s = prefix.IsNull ? "" : Text(CString(m, prefix));
            m.Stderr.Write(System.Text.Encoding.Latin1.GetBytes((s.Length > 0 ? s + ": " : "") + text + "\n"));
            RetInt(m, 0);
        });
    }

    private static bool IsSpecialHandler(Pointer p) => p.Provenance is null && p.Address is 0 or 1;

    private static VmFunction HandlerFunction(Machine m, Pointer p)
    {
        if (p.Provenance is null || !m.FunctionsByBlob.TryGetValue(p.Provenance, out var fn)) throw m.Error(RuntimeErrors.BadFunctionPointer, p.ToString());
        return fn;
    }

    private void Deliver(Machine m, int sig)
    {
        var handler = _signalHandlers[sig];
        if (handler.Provenance is null && handler.Address == 1) return; // SIG_IGN
        if (handler.IsNull)
        {
            // Default actions: ignore for SIGCHLD, SIGCONT, SIGURG, SIGWINCH; the stop signals are ignored
            // too (the VM has no job control); everything else terminates.
            if (sig is 17 or 18 or 23 or 28 or 19 or 20 or 21 or 22) return;
            throw Killed(m, sig, $"terminated by signal {sig} ({SignalName(sig)})");
        }
        var fn = HandlerFunction(m, handler);
        var at = m.At;
        m.EnsureStack(1);
        var argBase = m.Sp;
        m.Stack[m.Sp++] = new Value { I = sig };
        fn.Invoke(m, argBase, 1);
        m.At = at;
    }

    /// <summary>Death by a signal: status 128 + sig, stdio buffers not flushed, nothing printed (as glibc).</summary>
    private static GuestError Killed(Machine m, int sig, string what) =>
        new(RuntimeErrors.AssertionFailed.At(m.At, what), m.Backtrace()) { ExitCode = 128 + sig, Silent = true, DiscardsOutput = true };

    /// <summary>glibc's signal descriptions (strsignal, psignal).</summary>
    private static string SignalName(int sig) => sig switch
    {
        1 => "Hangup", 2 => "Interrupt", 3 => "Quit", 4 => "Illegal instruction", 5 => "Trace/breakpoint trap",
        6 => "Aborted", 7 => "Bus error", 8 => "Floating point exception", 9 => "Killed", 10 => "User defined signal 1",
        11 => "Segmentation fault", 12 => "User defined signal 2", 13 => "Broken pipe", 14 => "Alarm clock", 15 => "Terminated",
        16 => "Stack fault", 17 => "Child exited", 18 => "Continued", 19 => "Stopped (signal)", 20 => "Stopped",
        21 => "Stopped (tty input)", 22 => "Stopped (tty output)", 23 => "Urgent I/O condition", 24 => "CPU time limit exceeded",
        25 => "File size limit exceeded", 26 => "Virtual timer expired", 27 => "Profiling timer expired", 28 => "Window changed",
        29 => "I/O possible", 30 => "Power failure", 31 => "Bad system call",
        >= 34 and <= 64 => sig == 34 ? "Real-time signal 0" : $"Real-time signal {sig - 34}",
        _ => $"Unknown signal {sig}",
    };

    /// <summary>A library-owned static buffer holding text (strerror, strsignal…); one buffer per function, reused.</summary>
    private Pointer StaticString(Machine m, string owner, string text)
    {
        var bytes = System.Text.Encoding.Latin1.GetBytes(text);
        if (!_staticStrings.TryGetValue(owner, out var blob) || blob.Size < bytes.Length + 1)
        {
            blob = m.Memory.AllocateStatic(owner + " result", (ulong)Math.Max(bytes.Length + 1, 64), 1, Altitude.Text.SourceLocation.None, new NamedAllocationType("char", 1));
            _staticStrings[owner] = blob;
        }
        var p = MemorySpace.PointerTo(blob);
        WriteCString(m, p, bytes);
        return p;
    }

    private readonly Dictionary<string, Blob> _staticStrings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Pointer> _constantStrings = new(StringComparer.Ordinal);

    /// <summary>A read-only string the library returns (strerror's known messages…), one object per text.</summary>
    private Pointer ConstantString(Machine m, string text)
    {
        if (_constantStrings.TryGetValue(text, out var p)) return p;
        var bytes = System.Text.Encoding.Latin1.GetBytes(text + "\0");
        var blob = m.Memory.AllocateStatic("string \"" + text + "\"", (ulong)bytes.Length, 1, Altitude.Text.SourceLocation.None, new NamedAllocationType("char", 1));
        p = MemorySpace.PointerTo(blob);
        m.Memory.WriteBytes(p, bytes, m.CharTag);
        _constantStrings[text] = p;
        return p;
    }
}
