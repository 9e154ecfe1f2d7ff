using System.Text;
using Altitude.Memory;
using Altitude.Text;
using Altitude.Vm.Execute;
using Altitude.Vm.Libc.Formatting;
using Altitude.Vm.Libc.Streams;

namespace Altitude.Vm.Libc;

// FILE streams (C17 7.21.3-7.21.10 and the POSIX additions): see Streams/StdioFile for how
// buffering follows glibc, and docs/stdio.md for what is and is not modelled.
public sealed partial class SystemLibrary
{
    private const int O_RDONLY = 0, O_WRONLY = 1, O_RDWR = 2, O_CREAT = 0x40, O_EXCL = 0x80, O_TRUNC = 0x200, O_APPEND = 0x400, O_CLOEXEC = 0x80000;
    private readonly StdioHost _host;
    private StdioState? _stdio;
    private Blob? _tmpnamBuffer;
    private readonly List<long> _printPieces = [];

    private StdioState Stdio(Machine m)
    {
        if (_stdio is not null) return _stdio;
        var state = new StdioState(m, _host);
        _stdio = state;
        // errno must exist before the first failing call sets it, even if the program has not yet read it.
        if (m.ErrnoLocation.IsNull)
        {
            var errno = m.Memory.AllocateStatic("errno", 4, 4, SourceLocation.None, new NamedAllocationType("int", 4));
            m.ErrnoLocation = MemorySpace.PointerTo(errno);
        }
        state.Stdin = state.Register(StandardFileBlob(m, "stdin", ref _stdinFile), "stdin", SourceLocation.None, 0, true, false, state.DefaultMode(0));
        state.Stdout = state.Register(StandardFileBlob(m, "stdout", ref _stdoutFile), "stdout", SourceLocation.None, 1, false, true, state.DefaultMode(1));
        state.Stderr = state.Register(StandardFileBlob(m, "stderr", ref _stderrFile), "stderr", SourceLocation.None, 2, false, true, BufferMode.None);
        return state;
    }

    /// <summary>exit() and return from main: pending output of every stream is written (not on _exit or abort).</summary>
    public void FlushStreams(Machine m) => _stdio?.FlushAll(m);

    /// <summary>
    /// Before a diagnostic stops the program, stdout's pending output is written so that it shows
    /// what the program printed up to the error; abort and failed assertions (status 134) write
    /// nothing, as glibc's abort does not flush.
    /// </summary>
    public void FlushStdoutBeforeDiagnostic(Machine m, GuestError e)
    {
        if (e.ExitCode != 134 && _stdio?.Stdout is { Closed: false } stdout) stdout.FlushOutput(m);
    }

    /// <summary>End of the run: host descriptors the guest left open are closed.</summary>
    public void ReleaseStreams() => _stdio?.Release();

    private static GuestError StreamError(Machine m, string message) => m.Error(StreamErrors.InvalidStream, message);

    /// <summary>The stream a FILE * argument designates; a located error when it is null, closed or not a stream.</summary>
    private StdioFile Stream(Machine m, Pointer p, string function)
    {
        var state = Stdio(m);
        if (p.Provenance is not { } blob)
        {
            if (p.Address == 0) throw StreamError(m, $"{function}: the FILE pointer is null");
            throw StreamError(m, $"{function}: the FILE pointer 0x{p.Address:x} does not point to a stream");
        }
        var file = state.Find(blob);
        if (file is null || p.Address != blob.Base)
            throw StreamError(m, $"{function}: the FILE pointer does not point to a stream (it points to offset {p.Address - blob.Base} of {blob.Describe()})");
        if (file.Closed)
        {
            var opened = file.OpenedAt.IsNone ? "" : $" opened at {file.OpenedAt}";
            throw StreamError(m, $"{function}: use of the stream '{file.Name}'{opened} after fclose at {file.ClosedAt}");
        }
        return file;
    }

    private static (int Flags, bool Ok) ParseMode(byte[] mode)
    {
        if (mode.Length == 0) return (0, false);
        int flags;
        switch (mode[0])
        {
            case (byte)'r': flags = O_RDONLY; break;
            case (byte)'w': flags = O_WRONLY | O_CREAT | O_TRUNC; break;
            case (byte)'a': flags = O_WRONLY | O_CREAT | O_APPEND; break;
            default: return (0, false);
        }
        // glibc looks at up to six more characters and stops at ',' (",ccs=").
        for (var i = 1; i < mode.Length && i < 7; i++)
        {
            var c = mode[i];
            if (c == '+') flags = (flags & ~3) | O_RDWR;
            else if (c == 'x') flags |= O_EXCL;
            else if (c == 'e') flags |= O_CLOEXEC;
            else if (c == ',') break;
        }
        return (flags, true);
    }

    /// <summary>open(2) on the host, installed in the guest's descriptor table; -1 with errno set on failure.</summary>
    private static int OpenFd(Machine m, StdioState state, byte[] guestPath, int flags, int mode, int at = -1)
    {
        var hostFd = HostIo.Open(state.HostPath(guestPath), flags | O_CLOEXEC, mode, out var errno);
        if (hostFd < 0) { m.Errno = errno; return -1; }
        var file = new HostOpenFile(hostFd, flags & ~O_CLOEXEC);
        if (at >= 0)
        {
            state.Files.Set(at, file);
            return at;
        }
        var fd = state.Files.Add(file);
        if (fd < 0)
        {
            file.Close();
            m.Errno = HostIo.EMFILE;
        }
        return fd;
    }

    private Pointer NewStream(Machine m, StdioState state, string name, int fd, int flags)
    {
        var p = m.Memory.Allocate(state.Allocator, 216, 16, m.At, new NamedAllocationType("FILE", 216), m.Backtrace());
        var access = flags & 3;
        state.Register(p.Provenance!, name, m.At, fd, access != O_WRONLY, access != O_RDONLY, state.DefaultMode(fd));
        return p;
    }

    private void Fopen(Machine m, int b, int n)
    {
        var state = Stdio(m);
        var path = CString(m, Arg(m, b, 0).P);
        var (flags, ok) = ParseMode(CString(m, Arg(m, b, 1).P));
        if (!ok) { m.Errno = HostIo.EINVAL; RetPtr(m, Pointer.Null); return; }
        var fd = OpenFd(m, state, path, flags, 0x1b6);
        RetPtr(m, fd < 0 ? Pointer.Null : NewStream(m, state, Text(path), fd, flags));
    }

    private void CloseStream(Machine m, StdioState state, StdioFile file, out bool failed)
    {
        failed = !file.FlushOutput(m);
        if (!state.Files.Close(file.Fd)) failed = true;
        state.MarkClosed(file, m.At);
        if (ReferenceEquals(file.Blob.Allocator, state.Allocator)) m.Memory.Deallocate(state.Allocator, MemorySpace.PointerTo(file.Blob), m.At);
    }

    private void RegisterStreams()
    {
        Add("fopen", Fopen);
        Add("fdopen", (m, b, n) =>
        {
            var state = Stdio(m);
            var fd = Arg(m, b, 0).I;
            var (flags, ok) = ParseMode(CString(m, Arg(m, b, 1).P));
            if (state.Files.Get(fd) is not { } open) { m.Errno = HostIo.EBADF; RetPtr(m, Pointer.Null); return; }
            // The mode must not ask for access the descriptor lacks.
            if (!ok || ((flags & 3) != O_WRONLY && !open.CanRead) || ((flags & 3) != O_RDONLY && !open.CanWrite))
            {
                m.Errno = HostIo.EINVAL;
                RetPtr(m, Pointer.Null);
                return;
            }
            RetPtr(m, NewStream(m, state, $"fd {fd}", (int)fd, flags));
        });
        Add("freopen", (m, b, n) =>
        {
            var state = Stdio(m);
            var pathPointer = Arg(m, b, 0).P;
            var file = Stream(m, Arg(m, b, 2).P, "freopen");
            if (pathPointer.IsNull) throw m.Error(RuntimeErrors.Unsupported, "freopen with a null file name (changing the mode of an open stream)");
            var path = CString(m, pathPointer);
            var (flags, ok) = ParseMode(CString(m, Arg(m, b, 1).P));
            var oldFd = file.Fd;
            file.FlushOutput(m);
            state.Files.Close(oldFd);
            // glibc keeps the stream's descriptor number: freopen(…, stdin) makes fd 0 the new file.
            var fd = ok ? OpenFd(m, state, path, flags, 0x1b6, oldFd) : -1;
            if (!ok) m.Errno = HostIo.EINVAL;
            if (fd < 0)
            {
                state.MarkClosed(file, m.At);
                RetPtr(m, Pointer.Null);
                return;
            }
            file.Reset(fd, (flags & 3) != O_WRONLY, (flags & 3) != O_RDONLY, state.DefaultMode(fd));
            file.BlockSize = state.BlockSizeFor(fd);
            state.Reopened(file);
            RetPtr(m, Arg(m, b, 2).P);
        });
        Add("fclose", (m, b, n) =>
        {
            var state = Stdio(m);
            var file = Stream(m, Arg(m, b, 0).P, "fclose");
            CloseStream(m, state, file, out var failed);
            RetInt(m, failed ? -1 : 0);
        });
        // glibc's fcloseall writes every stream's pending output and leaves them open.
        Add("fcloseall", (m, b, n) => { Stdio(m).FlushAll(m); RetInt(m, 0); });
        SystemCall fflush = (m, b, n) =>
        {
            var state = Stdio(m);
            var p = Arg(m, b, 0).P;
            if (p.IsNull && p.Provenance is null) { state.FlushAll(m); RetInt(m, 0); return; }
            RetInt(m, Stream(m, p, "fflush").Flush(m) ? 0 : -1);
        };
        Add("fflush", fflush);
        Add("fflush_unlocked", fflush);
        Add("setvbuf", (m, b, n) =>
        {
            var file = Stream(m, Arg(m, b, 0).P, "setvbuf");
            var buffer = Arg(m, b, 1).P;
            var mode = Arg(m, b, 2).I;
            var size = Arg(m, b, 3).I;
            if (mode is < 0 or > 2) { m.Errno = HostIo.EINVAL; RetInt(m, -1); return; }
            // Altitude does not keep the bytes in the caller's array; only its size counts.
            file.SetBuffering(m, (BufferMode)mode, !buffer.IsNull && size > 0 ? (int)Math.Min(size, 1 << 24) : 0);
            RetInt(m, 0);
        });
        Add("setbuf", (m, b, n) =>
        {
            var file = Stream(m, Arg(m, b, 0).P, "setbuf");
            var buffer = Arg(m, b, 1).P;
            file.SetBuffering(m, buffer.IsNull ? BufferMode.None : BufferMode.Full, 8192);
            RetInt(m, 0);
        });
        Add("setbuffer", (m, b, n) =>
        {
            var file = Stream(m, Arg(m, b, 0).P, "setbuffer");
            var buffer = Arg(m, b, 1).P;
            var size = Arg(m, b, 2).I;
            file.SetBuffering(m, buffer.IsNull ? BufferMode.None : BufferMode.Full, (int)Math.Clamp(size, 1, 1 << 24));
            RetInt(m, 0);
        });
        Add("setlinebuf", (m, b, n) => { Stream(m, Arg(m, b, 0).P, "setlinebuf").SetBuffering(m, BufferMode.Line, 0); RetInt(m, 0); });

        // ---- output ----
        Add("printf", (m, b, n) => RetInt(m, PrintTo(m, Stdio(m).Stdout!, "printf", Arg(m, b, 0).P, m.Stack, b + 1, b + n)));
        Add("fprintf", (m, b, n) => RetInt(m, PrintTo(m, Stream(m, Arg(m, b, 0).P, "fprintf"), null, Arg(m, b, 1).P, m.Stack, b + 2, b + n)));
        Add("vprintf", (m, b, n) => { var (vals, pos) = VaValues(m, Arg(m, b, 1).P); RetInt(m, PrintTo(m, Stdio(m).Stdout!, "vprintf", Arg(m, b, 0).P, vals, pos, vals.Length)); });
        Add("vfprintf", (m, b, n) =>
        {
            var file = Stream(m, Arg(m, b, 0).P, "vfprintf");
            var (vals, pos) = VaValues(m, Arg(m, b, 2).P);
            RetInt(m, PrintTo(m, file, null, Arg(m, b, 1).P, vals, pos, vals.Length));
        });
        Add("dprintf", (m, b, n) => RetInt(m, PrintToFd(m, Arg(m, b, 0).I, Arg(m, b, 1).P, m.Stack, b + 2, b + n)));
        Add("vdprintf", (m, b, n) => { var (vals, pos) = VaValues(m, Arg(m, b, 2).P); RetInt(m, PrintToFd(m, Arg(m, b, 0).I, Arg(m, b, 1).P, vals, pos, vals.Length)); });
        Add("puts", (m, b, n) =>
        {
            var s = CString(m, Arg(m, b, 0).P);
            var file = Standard(m, Stdio(m).Stdout!, "puts");
            var ok = file.Write(m, s) == s.Length && file.PutByte(m, (byte)'\n') >= 0;
            RetInt(m, ok ? Math.Min(int.MaxValue, s.Length + 1L) : -1);
        });
        Add("fputs", (m, b, n) =>
        {
            var s = CString(m, Arg(m, b, 0).P);
            var file = Stream(m, Arg(m, b, 1).P, "fputs");
            RetInt(m, file.Write(m, s) == s.Length ? 1 : -1);
        });
        SystemCall putchar = (m, b, n) => RetInt(m, Standard(m, Stdio(m).Stdout!, "putchar").PutByte(m, (byte)Arg(m, b, 0).I));
        Add("putchar", putchar);
        Add("putchar_unlocked", putchar);
        SystemCall fputc = (m, b, n) => RetInt(m, Stream(m, Arg(m, b, 1).P, "fputc").PutByte(m, (byte)Arg(m, b, 0).I));
        Add("fputc", fputc);
        Add("putc", fputc);
        Add("fputc_unlocked", fputc);
        Add("putc_unlocked", fputc);
        SystemCall fwrite = (m, b, n) =>
        {
            var size = (ulong)Arg(m, b, 1).I;
            var count = (ulong)Arg(m, b, 2).I;
            var file = Stream(m, Arg(m, b, 3).P, "fwrite");
            var total = size * count;
            if (total == 0) { RetInt(m, 0); return; }
            if (count != 0 && total / count != size || total > int.MaxValue) throw m.Error(RuntimeErrors.LibraryMisuse, "fwrite of more than 2 GiB at once");
            var written = file.Write(m, m.Memory.GetBytes(Arg(m, b, 0).P, total));
            RetInt(m, (long)((ulong)written / size));
        };
        Add("fwrite", fwrite);
        Add("fwrite_unlocked", fwrite);

        // ---- input ----
        SystemCall fgetc = (m, b, n) => RetInt(m, Stream(m, Arg(m, b, 0).P, "fgetc").ReadByte(m));
        Add("fgetc", fgetc);
        Add("getc", fgetc);
        Add("fgetc_unlocked", fgetc);
        Add("getc_unlocked", fgetc);
        SystemCall getchar = (m, b, n) => RetInt(m, Standard(m, Stdio(m).Stdin!, "getchar").ReadByte(m));
        Add("getchar", getchar);
        Add("getchar_unlocked", getchar);
        Add("ungetc", (m, b, n) => RetInt(m, Stream(m, Arg(m, b, 1).P, "ungetc").Unget((int)Arg(m, b, 0).I)));
        Add("fgets", (m, b, n) =>
        {
            var s = Arg(m, b, 0).P;
            var size = Arg(m, b, 1).I;
            var file = Stream(m, Arg(m, b, 2).P, "fgets");
            if (size <= 0) { m.Errno = HostIo.EINVAL; RetPtr(m, Pointer.Null); return; }
            if (size == 1) { WriteCString(m, s, []); RetPtr(m, s); return; }
            // Only an error during this call makes it fail (glibc keeps an older error indicator aside).
            var olderError = file.Error;
            file.Error = false;
            var line = new List<byte>();
            while (line.Count < size - 1)
            {
                var c = file.ReadByte(m);
                if (c < 0) break;
                line.Add((byte)c);
                if (c == '\n') break;
            }
            var failed = line.Count == 0 || file.Error;
            file.Error |= olderError;
            if (failed)
            {
                // Nothing read: NULL and the array is left alone; a read error: NULL after the bytes read.
                if (line.Count > 0) m.Memory.WriteBytes(s, line.ToArray(), m.CharTag);
                RetPtr(m, Pointer.Null);
                return;
            }
            WriteCString(m, s, line.ToArray());
            RetPtr(m, s);
        });
        SystemCall fread = (m, b, n) =>
        {
            var size = (ulong)Arg(m, b, 1).I;
            var count = (ulong)Arg(m, b, 2).I;
            var file = Stream(m, Arg(m, b, 3).P, "fread");
            var total = size * count;
            if (total == 0) { RetInt(m, 0); return; }
            if (count != 0 && total / count != size || total > int.MaxValue) throw m.Error(RuntimeErrors.LibraryMisuse, "fread of more than 2 GiB at once");
            var destination = Arg(m, b, 0).P;
            // In pieces of at most 1 MiB, so that a huge request on a short file costs no huge host array.
            var chunk = new byte[(int)Math.Min(total, 1UL << 20)];
            ulong got = 0;
            while (got < total)
            {
                var want = (int)Math.Min((ulong)chunk.Length, total - got);
                var read = file.Read(m, chunk.AsSpan(0, want));
                if (read > 0) m.Memory.WriteBytes(m.Memory.Add(destination, (long)got), chunk.AsSpan(0, read), m.CharTag);
                got += (ulong)read;
                if (read < want) break;
            }
            RetInt(m, (long)(got / size));
        };
        Add("fread", fread);
        Add("fread_unlocked", fread);
        Add("getline", (m, b, n) => GetDelim(m, Arg(m, b, 0).P, Arg(m, b, 1).P, '\n', Arg(m, b, 2).P, "getline"));
        Add("getdelim", (m, b, n) => GetDelim(m, Arg(m, b, 0).P, Arg(m, b, 1).P, (int)Arg(m, b, 2).I, Arg(m, b, 3).P, "getdelim"));
        Add("scanf", (m, b, n) => RetInt(m, ScanStream(m, Standard(m, Stdio(m).Stdin!, "scanf"), Arg(m, b, 0).P, m.Stack, b + 1, b + n)));
        Add("fscanf", (m, b, n) => RetInt(m, ScanStream(m, Stream(m, Arg(m, b, 0).P, "fscanf"), Arg(m, b, 1).P, m.Stack, b + 2, b + n)));
        Add("vscanf", (m, b, n) => { var (vals, pos) = VaValues(m, Arg(m, b, 1).P); RetInt(m, ScanStream(m, Standard(m, Stdio(m).Stdin!, "vscanf"), Arg(m, b, 0).P, vals, pos, vals.Length)); });
        Add("vfscanf", (m, b, n) =>
        {
            var file = Stream(m, Arg(m, b, 0).P, "vfscanf");
            var (vals, pos) = VaValues(m, Arg(m, b, 2).P);
            RetInt(m, ScanStream(m, file, Arg(m, b, 1).P, vals, pos, vals.Length));
        });
        Add("vsscanf", (m, b, n) =>
        {
            var (vals, pos) = VaValues(m, Arg(m, b, 2).P);
            var input = new SpanScanfInput(CString(m, Arg(m, b, 0).P));
            var format = ScanfFormat.Parse(CString(m, Arg(m, b, 1).P));
            var receiver = new GuestScanfReceiver(m, vals, pos, vals.Length);
            var result = ScanfEngine.Run(format, ref input, ref receiver);
            if (result.Errno != 0) m.Errno = result.Errno;
            RetInt(m, result.Count);
        });

        // ---- positioning and state ----
        SystemCall fseek = (m, b, n) => RetInt(m, Stream(m, Arg(m, b, 0).P, "fseek").Seek(m, Arg(m, b, 1).I, (int)Arg(m, b, 2).I));
        Add("fseek", fseek);
        Add("fseeko", fseek);
        SystemCall ftell = (m, b, n) => RetInt(m, Stream(m, Arg(m, b, 0).P, "ftell").Tell(m));
        Add("ftell", ftell);
        Add("ftello", ftell);
        Add("rewind", (m, b, n) =>
        {
            var file = Stream(m, Arg(m, b, 0).P, "rewind");
            file.Seek(m, 0, 0);
            file.Error = false;
            RetInt(m, 0);
        });
        Add("fgetpos", (m, b, n) =>
        {
            var file = Stream(m, Arg(m, b, 0).P, "fgetpos");
            var position = file.Tell(m);
            if (position < 0) { RetInt(m, -1); return; }
            var p = Arg(m, b, 1).P;
            m.Memory.WriteInt64(p, m.Tags[(int)ScalarKind.Long], position);
            m.Memory.WriteInt32(m.Memory.Add(p, 8), m.Tags[(int)ScalarKind.Int], 0);
            m.Memory.WriteInt32(m.Memory.Add(p, 12), m.Tags[(int)ScalarKind.UInt], 0);
            RetInt(m, 0);
        });
        Add("fsetpos", (m, b, n) =>
        {
            var file = Stream(m, Arg(m, b, 0).P, "fsetpos");
            var position = m.Memory.ReadInt64(Arg(m, b, 1).P, m.Tags[(int)ScalarKind.Long], m.At, out var invalid);
            if (invalid is not null) Checks.Invalid(m, invalid);
            RetInt(m, file.Seek(m, position, 0));
        });
        SystemCall feof = (m, b, n) => RetInt(m, Stream(m, Arg(m, b, 0).P, "feof").Eof ? 1 : 0);
        Add("feof", feof);
        Add("feof_unlocked", feof);
        SystemCall ferror = (m, b, n) => RetInt(m, Stream(m, Arg(m, b, 0).P, "ferror").Error ? 1 : 0);
        Add("ferror", ferror);
        Add("ferror_unlocked", ferror);
        SystemCall clearerr = (m, b, n) => { var f = Stream(m, Arg(m, b, 0).P, "clearerr"); f.Eof = f.Error = false; RetInt(m, 0); };
        Add("clearerr", clearerr);
        Add("clearerr_unlocked", clearerr);
        SystemCall fileno = (m, b, n) => RetInt(m, Stream(m, Arg(m, b, 0).P, "fileno").Fd);
        Add("fileno", fileno);
        Add("fileno_unlocked", fileno);
        Add("flockfile", (m, b, n) => { Stream(m, Arg(m, b, 0).P, "flockfile"); RetInt(m, 0); });
        Add("funlockfile", (m, b, n) => { Stream(m, Arg(m, b, 0).P, "funlockfile"); RetInt(m, 0); });
        Add("ftrylockfile", (m, b, n) => { Stream(m, Arg(m, b, 0).P, "ftrylockfile"); RetInt(m, 0); });

        // ---- files ----
        Add("tmpfile", (m, b, n) =>
        {
            var state = Stdio(m);
            // An anonymous file: created under the host's temporary directory and unlinked at once.
            for (var attempt = 0; attempt < 100; attempt++)
            {
                var name = Encoding.UTF8.GetBytes(Path.Combine(Path.GetTempPath(), "altitude-tmpfile-" + Guid.NewGuid().ToString("N")[..12]));
                var fd = OpenFd(m, state, name, O_RDWR | O_CREAT | O_EXCL, 0x180);
                if (fd < 0)
                {
                    if (m.Errno == HostIo.EEXIST) continue;
                    RetPtr(m, Pointer.Null);
                    return;
                }
                HostIo.Unlink(state.HostPath(name), out _);
                RetPtr(m, NewStream(m, state, "tmpfile", fd, O_RDWR));
                return;
            }
            RetPtr(m, Pointer.Null);
        });
        Add("tmpnam", (m, b, n) =>
        {
            var state = Stdio(m);
            var s = Arg(m, b, 0).P;
            // glibc's names: P_tmpdir "/tmp", "file" and six random characters, unused at the time.
            const string letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
            var stat = new byte[144];
            for (var attempt = 0; attempt < 1000; attempt++)
            {
                var chars = new char[6];
                for (var i = 0; i < 6; i++) chars[i] = letters[Random.Shared.Next(letters.Length)];
                var name = Encoding.ASCII.GetBytes("/tmp/file" + new string(chars));
                if (HostIo.Stat(state.HostPath(name), stat, false, out _) == 0) continue;
                if (s.IsNull)
                {
                    _tmpnamBuffer ??= m.Memory.AllocateStatic("tmpnam buffer", 20, 1, SourceLocation.None);
                    s = MemorySpace.PointerTo(_tmpnamBuffer);
                }
                WriteCString(m, s, name);
                RetPtr(m, s);
                return;
            }
            RetPtr(m, Pointer.Null);
        });
        Add("remove", (m, b, n) =>
        {
            var path = Stdio(m).HostPath(CString(m, Arg(m, b, 0).P));
            if (HostIo.Unlink(path, out var errno) == 0) { RetInt(m, 0); return; }
            // remove() of a directory is rmdir().
            if (errno == HostIo.EISDIR && HostIo.Rmdir(path, out errno) == 0) { RetInt(m, 0); return; }
            m.Errno = errno;
            RetInt(m, -1);
        });
        Add("rename", (m, b, n) =>
        {
            var state = Stdio(m);
            var from = state.HostPath(CString(m, Arg(m, b, 0).P));
            var to = state.HostPath(CString(m, Arg(m, b, 1).P));
            if (HostIo.Rename(from, to, out var errno) == 0) { RetInt(m, 0); return; }
            m.Errno = errno;
            RetInt(m, -1);
        });
        Add("perror", (m, b, n) =>
        {
            var errno = m.Errno;
            var p = Arg(m, b, 0).P;
            var prefix = p.IsNull ? [] : CString(m, p);
            var text = Encoding.Latin1.GetBytes(ErrnoTable.Message(errno) + "\n");
            var message = prefix.Length == 0 ? text : [.. prefix, (byte)':', (byte)' ', .. text];
            var state = Stdio(m);
            var stderr = Standard(m, state.Stderr!, "perror");
            // glibc writes through a new stream on a dup of fd 2 (fdopen "w+") while stderr is
            // still unused; when fd 2 is not open for reading too, that fdopen fails with EINVAL
            // and perror falls back to stderr, leaving errno EINVAL.
            if (!stderr.Oriented && state.Files.Get(stderr.Fd) is { } fd2)
            {
                if (fd2.CanRead && fd2.CanWrite)
                {
                    fd2.Write(message, out _);
                    RetInt(m, 0);
                    return;
                }
                m.Errno = HostIo.EINVAL;
            }
            else if (!stderr.Oriented) m.Errno = HostIo.EBADF;
            stderr.Write(m, message);
            RetInt(m, 0);
        });

        // ---- how the program ends ----
        Add("exit", (m, b, n) =>
        {
            RunAtExit(m);
            FlushStreams(m);
            throw new GuestExit((int)Arg(m, b, 0).I);
        });
        // abort is signal.h's (a SIGABRT handler runs first; stdio buffers are not flushed).
    }

    /// <summary>stdin/stdout/stderr for the functions that use them implicitly: closed is an error too.</summary>
    private static StdioFile Standard(Machine m, StdioFile file, string function)
    {
        if (file.Closed) throw StreamError(m, $"{function}: use of the stream '{file.Name}' after fclose at {file.ClosedAt}");
        return file;
    }

    private int PrintTo(Machine m, StdioFile file, string? function, Pointer format, Value[] values, int start, int end)
    {
        if (function is not null) Standard(m, file, function);
        var pieces = _printPieces;
        pieces.Clear();
        var bytes = Format(m, format, values, start, end, out var count, pieces);
        if (bytes.Length == 0) return count;
        // gcc compiles printf("text\n") and printf("%s\n", s) to puts: the text, then the newline
        // as a separate putc. With a tiny buffer the two go out at different moments, so the
        // same split is made here.
        if (bytes[^1] == '\n' && function == "printf" && IsPutsFormat(m, format))
            return file.Write(m, bytes.AsSpan(0, bytes.Length - 1)) == bytes.Length - 1 && file.PutByte(m, (byte)'\n') >= 0 ? count : -1;
        // An unbuffered stream gets the whole output in one write (glibc formats it aside first);
        // a buffered one gets each literal run and each conversion in turn, as glibc's vfprintf
        // hands them over (which matters only for buffers under 128 bytes).
        if (file.Mode == BufferMode.None || pieces.Count <= 1) return file.Write(m, bytes) == bytes.Length ? count : -1;
        var from = 0;
        foreach (var pieceEnd in pieces)
        {
            var to = (int)Math.Min(pieceEnd, bytes.Length);
            if (to <= from) continue;
            if (file.Write(m, bytes.AsSpan(from, to - from)) != to - from) return -1;
            from = to;
        }
        return count;
    }

    private static bool IsPutsFormat(Machine m, Pointer format)
    {
        var text = CString(m, format);
        return text.AsSpan().IndexOf((byte)'%') < 0 || text.AsSpan().SequenceEqual("%s\n"u8);
    }

    private int PrintToFd(Machine m, long fd, Pointer format, Value[] values, int start, int end)
    {
        var bytes = Format(m, format, values, start, end, out var count);
        if (Stdio(m).Files.Get(fd) is not { } file) { m.Errno = HostIo.EBADF; return -1; }
        var done = 0;
        while (done < bytes.Length)
        {
            var w = file.Write(bytes.AsSpan(done), out var errno);
            if (w <= 0) { m.Errno = errno; return -1; }
            done += (int)w;
        }
        return count;
    }

    private static int ScanStream(Machine m, StdioFile file, Pointer format, Value[] values, int start, int end)
    {
        var input = new StreamScanfInput(m, file);
        var parsed = ScanfFormat.Parse(CString(m, format));
        var receiver = new GuestScanfReceiver(m, values, start, end);
        var result = ScanfEngine.Run(parsed, ref input, ref receiver);
        if (result.Errno != 0) m.Errno = result.Errno;
        return result.Count;
    }

    /// <summary>getline/getdelim: the buffer grows as glibc's does (120 bytes first, then at least doubling).</summary>
    private void GetDelim(Machine m, Pointer linePointer, Pointer sizePointer, int delimiter, Pointer stream, string function)
    {
        var file = Stream(m, stream, function);
        var ptag = m.Tags[(int)ScalarKind.DataPointer];
        var stag = m.Tags[(int)ScalarKind.ULong];
        var buffer = m.Memory.ReadPointer(linePointer, ptag, m.At, out var invalid);
        if (invalid is not null) Checks.Invalid(m, invalid);
        var capacity = (long)m.Memory.ReadUInt64(sizePointer, stag, m.At, out invalid);
        if (invalid is not null && !buffer.IsNull) Checks.Invalid(m, invalid);
        if (buffer.IsNull || capacity == 0)
        {
            capacity = 120;
            buffer = m.Memory.Realloc(buffer, (ulong)capacity, m.At, null, m.Backtrace());
            m.Memory.WritePointer(linePointer, ptag, buffer);
            m.Memory.WriteInt64(sizePointer, stag, capacity);
        }
        var line = new List<byte>();
        while (true)
        {
            var c = file.ReadByte(m);
            if (c < 0) break;
            line.Add((byte)c);
            if (c == (byte)delimiter) break;
        }
        if (line.Count == 0) { RetInt(m, -1); return; }
        if (line.Count + 1 > capacity)
        {
            capacity = Math.Max(line.Count + 1, 2 * capacity);
            buffer = m.Memory.Realloc(buffer, (ulong)capacity, m.At, null, m.Backtrace());
            m.Memory.WritePointer(linePointer, ptag, buffer);
            m.Memory.WriteInt64(sizePointer, stag, capacity);
        }
        WriteCString(m, buffer, line.ToArray());
        RetInt(m, line.Count);
    }
}

/// <summary>scanf's input from a FILE stream: the look-ahead byte goes back into the stream.</summary>
internal struct StreamScanfInput(Machine m, StdioFile file) : IScanfInput
{
    public int Read() => file.ReadByte(m);
    public void Unread(int c) => file.UnreadLast(c);
}
