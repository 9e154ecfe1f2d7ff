using System.Runtime.InteropServices;
using Altitude.Memory;
using Altitude.Vm.Execute;

namespace Altitude.Vm.Libc;

/// <summary>
/// The remaining stdlib functions (aligned allocation, the other random generators, quick_exit) and
/// the POSIX process queries (getpid, sysconf, gethostname…), which ask the host: the guest runs as
/// part of the VM's process.
/// </summary>
public sealed unsafe partial class SystemLibrary
{
    private static readonly nint HostLibc = NativeLibrary.TryLoad("libc.so.6", out var h) ? h : 0;
    private readonly List<VmFunction> _quickExit = [];
    private ulong _rand48; // glibc starts from X = 0 when nothing seeded the generator
    private ulong _a48 = 0x5DEECE66DUL, _c48 = 0xB;
    private Blob? _seed48Buffer;

    private static nint LibcSymbol(string name) =>
        HostLibc != 0 && NativeLibrary.TryGetExport(HostLibc, name, out var p) ? p : 0;

    private void RegisterMisc()
    {
        Add("aligned_alloc", (m, b, n) => RetPtr(m, m.Memory.AlignedAlloc((ulong)Arg(m, b, 0).I, (ulong)Arg(m, b, 1).I, m.At, null, m.Backtrace())));
        Add("memalign", _functions["aligned_alloc"]);
        Add("posix_memalign", (m, b, n) =>
        {
            var alignment = (ulong)Arg(m, b, 1).I;
            // EINVAL unless the alignment is a power of two multiple of sizeof(void *).
            if (alignment < 8 || (alignment & (alignment - 1)) != 0) { RetInt(m, EINVAL); return; }
            var p = m.Memory.AlignedAlloc(alignment, (ulong)Arg(m, b, 2).I, m.At, null, m.Backtrace());
            if (p.IsNull) { RetInt(m, 12); return; }
            m.Memory.WritePointer(Arg(m, b, 0).P, m.Tags[(int)ScalarKind.DataPointer], p);
            RetInt(m, 0);
        });
        Add("reallocarray", (m, b, n) =>
        {
            var count = (ulong)Arg(m, b, 1).I;
            var size = (ulong)Arg(m, b, 2).I;
            if (size != 0 && count > ulong.MaxValue / size) { SetErrno(m, 12); RetPtr(m, Pointer.Null); return; }
            RetPtr(m, m.Memory.Realloc(Arg(m, b, 0).P, count * size, m.At, null, m.Backtrace()));
        });

        // glibc's random() and rand() are the same generator with the same state.
        Add("random", _functions["rand"]);
        Add("srandom", _functions["srand"]);
        Add("rand_r", (m, b, n) =>
        {
            var p = Arg(m, b, 0).P;
            var next = m.Memory.ReadUInt32(p, m.Tags[(int)ScalarKind.UInt], m.At, out var invalid);
            if (invalid is not null) Checks.Invalid(m, invalid);
            // Three steps of the ANSI C LCG, 11 + 10 + 10 bits, as glibc's rand_r.
            next = next * 1103515245 + 12345;
            var result = next / 65536 % 2048;
            next = next * 1103515245 + 12345;
            result = (result << 10) ^ (next / 65536 % 1024);
            next = next * 1103515245 + 12345;
            result = (result << 10) ^ (next / 65536 % 1024);
            m.Memory.WriteInt32(p, m.Tags[(int)ScalarKind.UInt], (int)next);
            RetInt(m, (int)result);
        });
        // The 48-bit family: X(n+1) = (0x5DEECE66D * X(n) + 0xB) mod 2^48.
        Add("drand48", (m, b, n) => RetDouble(m, Step48() * (1.0 / (1UL << 48))));
        Add("lrand48", (m, b, n) => RetInt(m, (long)(Step48() >> 17)));
        Add("mrand48", (m, b, n) => RetInt(m, (int)(uint)(Step48() >> 16)));

        // The x-state forms keep X in the caller's unsigned short[3] (least significant first).
        Add("erand48", (m, b, n) => RetDouble(m, Step48(m, Arg(m, b, 0).P) * (1.0 / (1UL << 48))));
        Add("nrand48", (m, b, n) => RetInt(m, (long)(Step48(m, Arg(m, b, 0).P) >> 17)));
        Add("jrand48", (m, b, n) => RetInt(m, (int)(uint)(Step48(m, Arg(m, b, 0).P) >> 16)));
        Add("srand48", (m, b, n) => { _rand48 = ((ulong)(uint)Arg(m, b, 0).I << 16) | 0x330E; _a48 = 0x5DEECE66DUL; _c48 = 0xB; RetInt(m, 0); });
        Add("seed48", (m, b, n) =>
        {
            // Returns the previous X in a static unsigned short[3]; resets the multiplier and addend.
            _seed48Buffer ??= m.Memory.AllocateStatic("seed48 result", 6, 2, Altitude.Text.SourceLocation.None, new NamedAllocationType("unsigned short [3]", 6));
            var old = MemorySpace.PointerTo(_seed48Buffer);
            Write48(m, old, _rand48);
            _rand48 = Read48(m, Arg(m, b, 0).P);
            _a48 = 0x5DEECE66DUL;
            _c48 = 0xB;
            RetPtr(m, old);
        });
        Add("lcong48", (m, b, n) =>
        {
            var p = Arg(m, b, 0).P;
            _rand48 = Read48(m, p);
            _a48 = Read48(m, m.Memory.Add(p, 6));
            _c48 = m.Memory.ReadUInt16(m.Memory.Add(p, 12), m.Tags[(int)ScalarKind.UShort], m.At, out _);
            RetInt(m, 0);
        });
        Add("at_quick_exit", (m, b, n) =>
        {
            var p = Arg(m, b, 0).P;
            if (p.Provenance is null || !m.FunctionsByBlob.TryGetValue(p.Provenance, out var fn)) throw m.Error(RuntimeErrors.BadFunctionPointer, p.ToString());
            _quickExit.Add(fn);
            RetInt(m, 0);
        });
        Add("quick_exit", (m, b, n) =>
        {
            // Handlers run last-registered first; then _Exit, which flushes nothing.
            while (_quickExit.Count > 0)
            {
                var fn = _quickExit[^1];
                _quickExit.RemoveAt(_quickExit.Count - 1);
                fn.Invoke(m, m.Sp, 0);
            }
            throw new GuestExit((int)Arg(m, b, 0).I) { DiscardsOutput = true };
        });

        foreach (var name in new[] { "getpid", "getppid", "getuid", "geteuid", "getgid", "getegid", "getpgrp", "getpagesize" })
        {
            var fn = LibcSymbol(name);
            if (fn != 0) Add(name, (m, b, n) => RetInt(m, ((delegate* unmanaged<int>)fn)()));
        }
        var sysconf = LibcSymbol("sysconf");
        if (sysconf != 0)
            Add("sysconf", (m, b, n) =>
            {
                Marshal.SetLastSystemError(0);
                var r = ((delegate* unmanaged[SuppressGCTransition]<int, long>)sysconf)((int)Arg(m, b, 0).I);
                var e = Marshal.GetLastSystemError();
                if (r == -1 && e != 0) SetErrno(m, e);
                RetInt(m, r);
            });
        var gethostname = LibcSymbol("gethostname");
        if (gethostname != 0)
            Add("gethostname", (m, b, n) =>
            {
                var size = Arg(m, b, 1).I;
                var buffer = new byte[256];
                int r;
                fixed (byte* p = buffer) r = ((delegate* unmanaged<byte*, nint, int>)gethostname)(p, buffer.Length);
                if (r != 0) { RetInt(m, -1); return; }
                var len = Array.IndexOf(buffer, (byte)0);
                if (len + 1 > size) { SetErrno(m, 36); RetInt(m, -1); return; } // ENAMETOOLONG
                WriteCString(m, Arg(m, b, 0).P, buffer.AsSpan(0, len));
                RetInt(m, 0);
            });
        Add("dladdr", Dladdr);
        // Resource usage of the guest: the VM process's processor time since the program started
        // (user and system time are not separated: all of it is reported as user time).
        Add("getrusage", (m, b, n) =>
        {
            var who = Arg(m, b, 0).I;
            if (who is not (0 or -1 or 1)) { SetErrno(m, EINVAL); RetInt(m, -1); return; }
            var p = Arg(m, b, 1).P;
            var tag = m.Tags[(int)ScalarKind.Long];
            var fields = new long[18];
            if (who != -1)
            {
                var cpu = GuestCpuTime();
                fields[0] = cpu.Ticks / TimeSpan.TicksPerSecond;
                fields[1] = cpu.Ticks % TimeSpan.TicksPerSecond / 10;
                fields[4] = System.Environment.WorkingSet / 1024; // ru_maxrss in kilobytes
            }
            for (var i = 0; i < fields.Length; i++) m.Memory.WriteInt64(m.Memory.Add(p, i * 8), tag, fields[i]);
            RetInt(m, 0);
        });
        Add("times", (m, b, n) =>
        {
            // clock ticks of sysconf(_SC_CLK_TCK) = 100 per second.
            var p = Arg(m, b, 0).P;
            if (!p.IsNull)
            {
                var tag = m.Tags[(int)ScalarKind.Long];
                m.Memory.WriteInt64(p, tag, GuestCpuTime().Ticks / (TimeSpan.TicksPerSecond / 100));
                for (var i = 1; i < 4; i++) m.Memory.WriteInt64(m.Memory.Add(p, i * 8), tag, 0);
            }
            RetInt(m, System.Environment.TickCount64 / 10);
        });
        Add("sched_yield", (m, b, n) => { Thread.Yield(); RetInt(m, 0); });
        Add("getentropy", (m, b, n) =>
        {
            var length = Arg(m, b, 1).I;
            if (length > 256) { SetErrno(m, 5); RetInt(m, -1); return; } // EIO, as glibc for more than 256 bytes
            var bytes = new byte[length];
            System.Security.Cryptography.RandomNumberGenerator.Fill(bytes);
            if (length > 0) m.Memory.WriteBytes(Arg(m, b, 0).P, bytes, m.CharTag);
            RetInt(m, 0);
        });
        var uname = LibcSymbol("uname");
        if (uname != 0)
            Add("uname", (m, b, n) =>
            {
                // struct utsname: six 65-byte strings (390 bytes), the layout of Linux and of Altitude's header.
                var buffer = new byte[390];
                int r;
                fixed (byte* p = buffer) r = ((delegate* unmanaged<byte*, int>)uname)(p);
                if (r == 0) m.Memory.WriteBytes(Arg(m, b, 0).P, buffer, m.CharTag);
                RetInt(m, r);
            });
    }

    private ulong Step48()
    {
        _rand48 = (_a48 * _rand48 + _c48) & ((1UL << 48) - 1);
        return _rand48;
    }

    private ulong Step48(Machine m, Pointer xsubi)
    {
        var x = (_a48 * Read48(m, xsubi) + _c48) & ((1UL << 48) - 1);
        Write48(m, xsubi, x);
        return x;
    }

    private static ulong Read48(Machine m, Pointer p)
    {
        ulong x = 0;
        for (var i = 2; i >= 0; i--)
        {
            var part = m.Memory.ReadUInt16(m.Memory.Add(p, i * 2), m.Tags[(int)ScalarKind.UShort], m.At, out var invalid);
            if (invalid is not null) Checks.Invalid(m, invalid);
            x = (x << 16) | part;
        }
        return x;
    }

    private static void Write48(Machine m, Pointer p, ulong x)
    {
        for (var i = 0; i < 3; i++) m.Memory.WriteInt16(m.Memory.Add(p, i * 2), m.Tags[(int)ScalarKind.UShort], (short)(x >> (16 * i)));
    }

    /// <summary>dladdr: for an address inside a function or a static object, its name and start; the "file" is the program.</summary>
    private void Dladdr(Machine m, int b, int n)
    {
        var addr = Arg(m, b, 0).P;
        var info = Arg(m, b, 1).P;
        var blob = addr.Provenance ?? m.Memory.FindBlob(addr.Address);
        if (blob is null || blob.Allocator.Kind is not (AllocatorKind.Static) && !m.FunctionsByBlob.ContainsKey(blob)) { RetInt(m, 0); return; }
        var tag = m.Tags[(int)ScalarKind.DataPointer];
        var isSymbol = blob.Name is not null && (m.FunctionsByBlob.ContainsKey(blob) || !blob.Name.Contains(' '));
        m.Memory.WritePointer(info, tag, StaticString(m, "dladdr file", m.ProgramName));
        m.Memory.WritePointer(m.Memory.Add(info, 8), tag, Pointer.Null);
        m.Memory.WritePointer(m.Memory.Add(info, 16), tag, isSymbol ? SymbolName(m, blob.Name!) : Pointer.Null);
        m.Memory.WritePointer(m.Memory.Add(info, 24), tag, isSymbol ? MemorySpace.PointerTo(blob) : Pointer.Null);
        RetInt(m, 1);
    }

    private readonly Dictionary<string, Pointer> _symbolNames = new(StringComparer.Ordinal);

    private Pointer SymbolName(Machine m, string name)
    {
        if (_symbolNames.TryGetValue(name, out var p)) return p;
        var bytes = System.Text.Encoding.UTF8.GetBytes(name + "\0");
        p = MemorySpace.PointerTo(m.Memory.AllocateAuxv("symbol name " + name, bytes, m.CharTag, Altitude.Text.SourceLocation.None));
        _symbolNames[name] = p;
        return p;
    }
}
