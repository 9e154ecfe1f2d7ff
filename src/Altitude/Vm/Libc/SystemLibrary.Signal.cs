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
    private readonly int[] _signalFlags = new int[SignalCount];
    private Blob? _siginfo;
    private const int SA_SIGINFO = 4, SA_RESETHAND = unchecked((int)0x80000000);

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
        // sigaction: struct sigaction has the handler at offset 0, sa_mask (128 bytes) at 8, sa_flags at 136.
        Add("sigaction", (m, b, n) =>
        {
            var sig = (int)Arg(m, b, 0).I;
            var act = Arg(m, b, 1).P;
            var old = Arg(m, b, 2).P;
            if (sig is <= 0 or >= SignalCount || (sig is 9 or 19 && !act.IsNull)) { SetErrno(m, EINVAL); RetInt(m, -1); return; }
            var ptag = m.Tags[(int)ScalarKind.DataPointer];
            if (!old.IsNull)
            {
                m.Memory.WritePointer(old, ptag, _signalHandlers[sig]);
                m.Memory.WriteBytes(m.Memory.Add(old, 8), new byte[128], m.Tags[(int)ScalarKind.ULong]);
                m.Memory.WriteInt32(m.Memory.Add(old, 136), m.Tags[(int)ScalarKind.Int], _signalFlags[sig]);
                m.Memory.WritePointer(m.Memory.Add(old, 144), m.Tags[(int)ScalarKind.FunctionPointer], Pointer.Null);
            }
            if (!act.IsNull)
            {
                var handler = m.Memory.ReadPointer(act, ptag, m.At, out var invalid);
                if (invalid is not null) Checks.Invalid(m, invalid);
                var flags = m.Memory.ReadInt32(m.Memory.Add(act, 136), m.Tags[(int)ScalarKind.Int], m.At, out invalid);
                if (invalid is not null) Checks.Invalid(m, invalid);
                if (!IsSpecialHandler(handler)) HandlerFunction(m, handler);
                _signalHandlers[sig] = handler;
                _signalFlags[sig] = flags;
            }
            RetInt(m, 0);
        });
        // Signal sets: 1024 bits in 16 unsigned longs; signal s is bit s-1.
        Add("sigemptyset", (m, b, n) => { m.Memory.WriteBytes(Arg(m, b, 0).P, new byte[128], m.Tags[(int)ScalarKind.ULong]); RetInt(m, 0); });
        Add("sigfillset", (m, b, n) =>
        {
            var set = Arg(m, b, 0).P;
            var tag = m.Tags[(int)ScalarKind.ULong];
            // glibc fills every bit but leaves out the two signals its threads use internally (32 and 33).
            m.Memory.WriteInt64(set, tag, unchecked((long)0xfffffffe7fffffffUL));
            for (var i = 1; i < 16; i++) m.Memory.WriteInt64(m.Memory.Add(set, i * 8), tag, -1);
            RetInt(m, 0);
        });
        Add("sigaddset", (m, b, n) => RetInt(m, SignalSetBit(m, Arg(m, b, 0).P, (int)Arg(m, b, 1).I, value: true)));
        Add("sigdelset", (m, b, n) => RetInt(m, SignalSetBit(m, Arg(m, b, 0).P, (int)Arg(m, b, 1).I, value: false)));
        Add("sigismember", (m, b, n) => RetInt(m, SignalSetBit(m, Arg(m, b, 0).P, (int)Arg(m, b, 1).I, value: null)));
        // No asynchronous signals reach the guest, so the mask has no effect: report an empty old mask.
        Add("sigprocmask", (m, b, n) =>
        {
            var how = Arg(m, b, 0).I;
            if (!Arg(m, b, 1).P.IsNull && how is < 0 or > 2) { SetErrno(m, EINVAL); RetInt(m, -1); return; }
            var old = Arg(m, b, 2).P;
            if (!old.IsNull) m.Memory.WriteBytes(old, new byte[128], m.Tags[(int)ScalarKind.ULong]);
            RetInt(m, 0);
        });
        Add("pthread_sigmask", (m, b, n) => { _functions["sigprocmask"](m, b, n); RetInt(m, m.Ret.I == 0 ? 0 : EINVAL); });
        Add("sigsetjmp", _functions["setjmp"]);
        Add("siglongjmp", _functions["longjmp"]);
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

    private static int SignalSetBit(Machine m, Pointer set, int sig, bool? value)
    {
        if (sig is <= 0 or > 1024) { SetErrno(m, EINVAL); return -1; }
        var word = m.Memory.Add(set, (sig - 1) / 64 * 8);
        var tag = m.Tags[(int)ScalarKind.ULong];
        var bits = (ulong)m.Memory.ReadInt64(word, tag, m.At, out var invalid);
        if (invalid is not null) Checks.Invalid(m, invalid);
        var mask = 1UL << ((sig - 1) % 64);
        if (value is null) return (bits & mask) != 0 ? 1 : 0;
        m.Memory.WriteInt64(word, tag, (long)(value.Value ? bits | mask : bits & ~mask));
        return 0;
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
        var flags = _signalFlags[sig];
        if ((flags & SA_RESETHAND) != 0) { _signalHandlers[sig] = Pointer.Null; _signalFlags[sig] = 0; }
        var at = m.At;
        m.EnsureStack(3);
        var argBase = m.Sp;
        m.Stack[m.Sp++] = new Value { I = sig };
        if ((flags & SA_SIGINFO) != 0)
        {
            // siginfo_t as raise() fills it: si_signo, si_errno 0, si_code SI_TKILL (-6), the sender's pid and uid.
            _siginfo ??= m.Memory.AllocateStatic("siginfo", 128, 8, Altitude.Text.SourceLocation.None, new NamedAllocationType("siginfo_t", 128));
            var info = MemorySpace.PointerTo(_siginfo);
            var it = m.Tags[(int)ScalarKind.Int];
            m.Memory.WriteBytes(info, new byte[128], m.CharTag);
            m.Memory.WriteInt32(info, it, sig);
            m.Memory.WriteInt32(m.Memory.Add(info, 4), it, 0);
            m.Memory.WriteInt32(m.Memory.Add(info, 8), it, -6);
            m.Memory.WriteInt32(m.Memory.Add(info, 16), it, System.Environment.ProcessId);
            m.Stack[m.Sp++] = new Value { P = info };
            m.Stack[m.Sp++] = new Value { P = Pointer.Null };
        }
        fn.Invoke(m, argBase, m.Sp - argBase);
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
