using Altitude.Memory;
using Altitude.Text;
using Altitude.Vm.Execute;

namespace Altitude.Vm.Libc.Streams;

/// <summary>setvbuf's modes, with glibc's values of _IOFBF, _IOLBF and _IONBF.</summary>
internal enum BufferMode { Full = 0, Line = 1, None = 2 }

/// <summary>
/// One FILE stream: its descriptor and the buffer glibc would keep for it, so that data reaches
/// the descriptor at the same moments as in a native program (what makes stdout and stderr
/// interleave as they do natively). A fully buffered stream writes when its buffer overflows
/// (writing whole blocks past it directly), a line-buffered one also after each newline, an
/// unbuffered one at once. Reads fill the buffer with one read() of the buffer's size. The
/// end-of-file indicator is sticky (glibc ≥ 2.28): once set, reads return EOF without reading.
/// </summary>
internal sealed class StdioFile
{
    public const int DefaultBufferSize = 4096;

    private readonly StdioState _owner;
    public readonly Blob Blob;
    public readonly string Name;
    public readonly SourceLocation OpenedAt;
    public int Fd;
    public bool Readable, Writable;
    public BufferMode Mode;
    /// <summary>The descriptor's st_blksize: the size glibc gives the buffer it allocates.</summary>
    public int BlockSize = DefaultBufferSize;
    private int BufferSize;
    // glibc allocates a stream's buffer at its first input or output (one byte if unbuffered then).
    private bool _allocated;
    public bool Eof, Error;
    public bool Closed;
    /// <summary>Byte-oriented: some input or output function has used the stream (perror looks at this).</summary>
    public bool Oriented;
    public SourceLocation ClosedAt;
    private byte[] _buffer = [];
    private int _readPos, _readEnd; // unread input: _buffer[_readPos.._readEnd)
    private int _pending;           // output not yet written: _buffer[0.._pending)
    // glibc's "currently putting" state: until the first output after opening, a seek or a read,
    // the buffer counts as full, so a first write of whole blocks goes straight to the descriptor.
    private bool _putting;
    // glibc's _IO_write_end: below it a byte is stored without any check (stale after setvbuf
    // switches the mode, as in glibc, so a newline may then stay in the buffer).
    private int _writeEnd;
    private readonly List<byte> _pushedBack = [];

    public StdioFile(StdioState owner, Blob blob, string name, SourceLocation openedAt, int fd, bool readable, bool writable, BufferMode mode)
    {
        _owner = owner;
        Blob = blob;
        Name = name;
        OpenedAt = openedAt;
        Fd = fd;
        Readable = readable;
        Writable = writable;
        Mode = mode;
    }

    private OpenFile? File => _owner.Files.Get(Fd);

    public bool HasPendingOutput => _pending > 0;

    /// <summary>Re-targets a stream (freopen): same FILE object, new descriptor and mode, empty buffers.</summary>
    public void Reset(int fd, bool readable, bool writable, BufferMode mode)
    {
        Fd = fd;
        Readable = readable;
        Writable = writable;
        Mode = mode;
        _allocated = false;
        Eof = Error = Closed = false;
        _readPos = _readEnd = _pending = _writeEnd = 0;
        _putting = false;
        _pushedBack.Clear();
    }

    private void EnsureBuffer()
    {
        Oriented = true;
        if (!_allocated)
        {
            _allocated = true;
            BufferSize = Mode == BufferMode.None ? 1 : BlockSize;
        }
        var size = BufferSize;
        if (_buffer.Length != size) _buffer = new byte[size];
    }

    // ---- writing ----

    /// <summary>Writes all of <paramref name="data"/> to the descriptor; false (error indicator set) on failure.</summary>
    private bool WriteThrough(Machine m, ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty) return true;
        if (File is not { } file) return Fail(m, HostIo.EBADF);
        while (!data.IsEmpty)
        {
            var n = file.Write(data, out var errno);
            if (n <= 0) return Fail(m, n < 0 ? errno : 5);
            data = data[(int)n..];
        }
        return true;
    }

    private bool Fail(Machine m, int errno)
    {
        Error = true;
        m.Errno = errno;
        return false;
    }

    /// <summary>Writes the buffered output, if any (glibc's _IO_do_write: the put area is reset only after a write).</summary>
    public bool FlushOutput(Machine m)
    {
        if (_pending == 0) return true;
        var n = _pending;
        _pending = 0;
        _writeEnd = Mode == BufferMode.Full ? _buffer.Length : 0;
        return WriteThrough(m, _buffer.AsSpan(0, n));
    }

    /// <summary>Leaves reading: the descriptor goes back to the logical position (read-ahead is given back).</summary>
    private void DropReadAhead(Machine m)
    {
        var unread = _readEnd - _readPos + _pushedBack.Count;
        if (unread > 0 && File is { } file) file.Seek(-unread, 1, out _);
        _readPos = _readEnd = 0;
        _pushedBack.Clear();
    }

    private bool StartWriting(Machine m)
    {
        if (Closed) return Fail(m, HostIo.EBADF);
        if (!Writable) return Fail(m, HostIo.EBADF);
        if (_readEnd > _readPos || _pushedBack.Count > 0) DropReadAhead(m);
        _readPos = _readEnd = 0;
        EnsureBuffer();
        return true;
    }

    /// <summary>
    /// glibc's overflow: enters "putting" mode (the fast-path limit is the buffer's end when fully
    /// buffered, nothing otherwise, so every byte of a line-buffered or unbuffered stream comes
    /// here), writes a full buffer, stores the byte, and writes at once when unbuffered or at a
    /// newline when line-buffered. -1 (no byte) only flushes.
    /// </summary>
    private int Overflow(Machine m, int c)
    {
        if (!_putting)
        {
            _putting = true;
            _writeEnd = Mode == BufferMode.Full ? _buffer.Length : _pending;
        }
        if (c < 0) return FlushOutput(m) ? 0 : -1;
        if (_pending == _buffer.Length && !FlushOutput(m)) return -1;
        _buffer[_pending++] = (byte)c;
        if ((Mode == BufferMode.None || Mode == BufferMode.Line && c == '\n') && !FlushOutput(m)) return -1;
        return (byte)c;
    }

    /// <summary>
    /// fwrite/fputs/printf (glibc's xsputn): the bytes that fit go into the buffer (for a
    /// line-buffered stream, when all fit, up to the last newline, which is then written); if
    /// more remain or a newline was buffered, the buffer is written, whole buffer-sized blocks of
    /// the rest go straight to the descriptor, and the remainder goes in byte by byte.
    /// Returns how many bytes were accepted.
    /// </summary>
    public int Write(Machine m, ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty) return 0;
        if (!StartWriting(m)) return 0;
        var size = _buffer.Length;
        var count = 0;
        var mustFlush = false;
        if (Mode == BufferMode.Line && _putting)
        {
            count = size - _pending;
            if (count >= data.Length)
            {
                var lastNewline = data.LastIndexOf((byte)'\n');
                if (lastNewline >= 0) { count = lastNewline + 1; mustFlush = true; }
            }
        }
        else if (_writeEnd > _pending) count = _writeEnd - _pending;
        count = Math.Min(count, data.Length);
        data[..count].CopyTo(_buffer.AsSpan(_pending));
        _pending += count;
        var rest = data[count..];
        if (rest.IsEmpty && !mustFlush) return data.Length;
        if (Overflow(m, -1) < 0) return count;
        var direct = rest.Length - (size >= 128 ? rest.Length % size : 0);
        if (direct > 0)
        {
            if (!WriteThrough(m, rest[..direct])) return count;
            _writeEnd = Mode == BufferMode.Full ? size : 0;
        }
        var done = count + direct;
        foreach (var b in rest[direct..])
        {
            if (_pending < _writeEnd) _buffer[_pending++] = b;
            else if (Overflow(m, b) < 0) return done;
            done++;
        }
        return data.Length;
    }

    /// <summary>fputc/putc/putchar: the byte, or -1.</summary>
    public int PutByte(Machine m, byte b)
    {
        if (!StartWriting(m)) return -1;
        if (_pending < _writeEnd)
        {
            _buffer[_pending++] = b;
            return b;
        }
        return Overflow(m, b);
    }

    // ---- reading ----

    private bool StartReading(Machine m)
    {
        if (Closed || !Readable) return Fail(m, HostIo.EBADF);
        if (_pending > 0 && !FlushOutput(m)) return false;
        _putting = false;
        _writeEnd = 0;
        EnsureBuffer();
        return true;
    }

    /// <summary>Refills the buffer with one read(); false at end of file or on error (indicators set).</summary>
    private bool Underflow(Machine m)
    {
        // glibc: before a line-buffered or unbuffered stream reads, a line-buffered stdout is flushed
        // (so a prompt appears before the program waits for the answer).
        if (Mode != BufferMode.Full && _owner.Stdout is { Mode: BufferMode.Line } stdout && stdout != this) stdout.FlushOutput(m);
        if (File is not { } file) return Fail(m, HostIo.EBADF);
        var n = file.Read(_buffer, out var errno);
        if (n < 0) return Fail(m, errno);
        if (n == 0) { Eof = true; return false; }
        _readPos = 0;
        _readEnd = (int)n;
        return true;
    }

    /// <summary>fgetc: the next byte, or -1.</summary>
    public int ReadByte(Machine m)
    {
        if (_pushedBack.Count > 0 && !Closed)
        {
            var c = _pushedBack[^1];
            _pushedBack.RemoveAt(_pushedBack.Count - 1);
            return c;
        }
        if (_readPos < _readEnd && !Closed) return _buffer[_readPos++];
        if (!StartReading(m)) return -1;
        if (Eof || !Underflow(m)) return -1;
        return _buffer[_readPos++];
    }

    /// <summary>ungetc: pushes a byte back (clears the end-of-file indicator).</summary>
    public int Unget(int c)
    {
        if (c < 0 || Closed) return -1;
        Oriented = true;
        _pushedBack.Add((byte)c);
        Eof = false;
        return (byte)c;
    }

    /// <summary>scanf's look-ahead: gives back the byte it just read.</summary>
    public void UnreadLast(int c)
    {
        if (c < 0) return;
        if (_pushedBack.Count == 0 && _readPos > 0 && _buffer[_readPos - 1] == (byte)c) _readPos--;
        else _pushedBack.Add((byte)c);
    }

    /// <summary>fread: fills <paramref name="destination"/> as far as the input goes; returns the bytes read.</summary>
    public int Read(Machine m, Span<byte> destination)
    {
        var done = 0;
        while (done < destination.Length && _pushedBack.Count > 0)
        {
            destination[done++] = _pushedBack[^1];
            _pushedBack.RemoveAt(_pushedBack.Count - 1);
        }
        while (done < destination.Length)
        {
            var have = _readEnd - _readPos;
            if (have > 0)
            {
                var count = Math.Min(have, destination.Length - done);
                _buffer.AsSpan(_readPos, count).CopyTo(destination[done..]);
                _readPos += count;
                done += count;
                continue;
            }
            if (!StartReading(m) || Eof) break;
            var want = destination.Length - done;
            if (want < _buffer.Length)
            {
                if (!Underflow(m)) break;
                continue;
            }
            // A large request reads whole blocks straight into the destination, as glibc does.
            if (File is not { } file) { Fail(m, HostIo.EBADF); break; }
            if (_buffer.Length >= 128) want -= want % _buffer.Length;
            var n = file.Read(destination.Slice(done, want), out var errno);
            if (n < 0) { Fail(m, errno); break; }
            if (n == 0) { Eof = true; break; }
            done += (int)n;
        }
        return done;
    }

    // ---- positioning ----

    /// <summary>ftell: the logical position, or -1 (errno set).</summary>
    public long Tell(Machine m)
    {
        if (File is not { } file) { m.Errno = HostIo.EBADF; return -1; }
        var appending = (file.Flags & 0x400) != 0 && _pending > 0;
        var position = file.Seek(0, appending ? 2 : 1, out var errno);
        if (position < 0) { m.Errno = errno; return -1; }
        position += _pending - (_readEnd - _readPos) - _pushedBack.Count;
        if (position < 0) { m.Errno = HostIo.EINVAL; return -1; }
        return position;
    }

    /// <summary>fseek: 0, or -1 (errno set).</summary>
    public int Seek(Machine m, long offset, int whence)
    {
        if (whence is < 0 or > 2) { m.Errno = HostIo.EINVAL; return -1; }
        if (!FlushOutput(m)) return -1;
        if (File is not { } file) { m.Errno = HostIo.EBADF; return -1; }
        if (whence == 1) offset -= (_readEnd - _readPos) + _pushedBack.Count;
        var r = file.Seek(offset, whence, out var errno);
        if (r < 0) { m.Errno = errno; return -1; }
        _readPos = _readEnd = 0;
        _pushedBack.Clear();
        _putting = false;
        _writeEnd = 0;
        Eof = false;
        return 0;
    }

    /// <summary>fflush: writes pending output; on an input stream gives the read-ahead back to the descriptor.</summary>
    public bool Flush(Machine m)
    {
        if (_pending > 0) return FlushOutput(m);
        if (_readEnd > _readPos && File is { } file)
        {
            var r = file.Seek(-(_readEnd - _readPos), 1, out var errno);
            if (r >= 0) _readPos = _readEnd = 0;
            else if (errno != HostIo.ESPIPE) { m.Errno = errno; return false; }
        }
        return true;
    }

    /// <summary>
    /// setvbuf, as glibc does it: _IONBF writes what is pending and leaves a one-byte buffer; a
    /// caller's buffer (only its size is used) also writes what is pending first; _IOLBF/_IOFBF
    /// without one change only the mode, keeping the buffer, its contents and its put limit
    /// (so stdout made unbuffered and then line-buffered again still writes every byte at once).
    /// </summary>
    public void SetBuffering(Machine m, BufferMode mode, int callerBufferSize)
    {
        Mode = mode;
        if (mode == BufferMode.None || callerBufferSize > 0)
        {
            FlushOutput(m);
            _allocated = true;
            BufferSize = mode == BufferMode.None ? 1 : callerBufferSize;
            _writeEnd = 0;
            if (_readEnd == _readPos) { _readPos = _readEnd = 0; _buffer = []; }
        }
        else if (mode == BufferMode.Full && !_allocated)
        {
            // _IOFBF without a buffer allocates the stream's own now; _IOLBF leaves that for later.
            _allocated = true;
            BufferSize = BlockSize;
        }
    }
}
