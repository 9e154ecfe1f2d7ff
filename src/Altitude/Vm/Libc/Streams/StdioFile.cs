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
    public int BufferSize;
    public bool Eof, Error;
    public bool Closed;
    public SourceLocation ClosedAt;
    private byte[] _buffer = [];
    private int _readPos, _readEnd; // unread input: _buffer[_readPos.._readEnd)
    private int _pending;           // output not yet written: _buffer[0.._pending)
    // glibc's "currently putting" state: until the first output after opening, a seek or a read,
    // the buffer counts as full, so a first write of whole blocks goes straight to the descriptor.
    private bool _putting;
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
        BufferSize = DefaultBufferSize;
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
        BufferSize = DefaultBufferSize;
        Eof = Error = Closed = false;
        _readPos = _readEnd = _pending = 0;
        _putting = false;
        _pushedBack.Clear();
    }

    private void EnsureBuffer()
    {
        var size = Mode == BufferMode.None ? 1 : BufferSize;
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

    /// <summary>Writes the buffered output, if any.</summary>
    public bool FlushOutput(Machine m)
    {
        if (_pending == 0) return true;
        var n = _pending;
        _pending = 0;
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

    /// <summary>fwrite/fputs/printf: returns how many bytes were accepted.</summary>
    public int Write(Machine m, ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty) return 0;
        if (!StartWriting(m)) return 0;
        if (Mode == BufferMode.None) return WriteThrough(m, data) ? data.Length : 0;
        var size = _buffer.Length;
        if (Mode == BufferMode.Line)
        {
            // Everything up to the last newline goes out now; the rest waits for a newline or a full buffer.
            _putting = true;
            var lastNewline = data.LastIndexOf((byte)'\n');
            if (lastNewline >= 0)
            {
                if (!Append(m, data[..(lastNewline + 1)]) || !FlushOutput(m)) return 0;
                data = data[(lastNewline + 1)..];
            }
            return Append(m, data) ? data.Length + lastNewline + 1 : lastNewline + 1;
        }
        var space = _putting ? size - _pending : 0;
        if (data.Length <= space)
        {
            data.CopyTo(_buffer.AsSpan(_pending));
            _pending += data.Length;
            return data.Length;
        }
        // Fill the buffer, write it, write whole blocks of the rest directly, keep the remainder.
        data[..space].CopyTo(_buffer.AsSpan(_pending));
        _pending += space;
        var rest = data[space..];
        _putting = true;
        if (!FlushOutput(m)) return space;
        var direct = rest.Length - rest.Length % size;
        if (direct > 0 && !WriteThrough(m, rest[..direct])) return space;
        rest[direct..].CopyTo(_buffer);
        _pending = rest.Length - direct;
        return data.Length;
    }

    /// <summary>Adds bytes to the buffer, writing it out whenever it is full and more bytes follow.</summary>
    private bool Append(Machine m, ReadOnlySpan<byte> data)
    {
        while (!data.IsEmpty)
        {
            if (_pending == _buffer.Length && !FlushOutput(m)) return false;
            var count = Math.Min(_buffer.Length - _pending, data.Length);
            data[..count].CopyTo(_buffer.AsSpan(_pending));
            _pending += count;
            data = data[count..];
        }
        return true;
    }

    /// <summary>fputc/putc/putchar: the byte, or -1.</summary>
    public int PutByte(Machine m, byte b)
    {
        if (!StartWriting(m)) return -1;
        if (Mode == BufferMode.None) return WriteThrough(m, [b]) ? b : -1;
        _putting = true;
        if (_pending == _buffer.Length && !FlushOutput(m)) return -1;
        _buffer[_pending++] = b;
        if (Mode == BufferMode.Line && b == '\n' && !FlushOutput(m)) return -1;
        return b;
    }

    // ---- reading ----

    private bool StartReading(Machine m)
    {
        if (Closed || !Readable) return Fail(m, HostIo.EBADF);
        if (_pending > 0 && !FlushOutput(m)) return false;
        _putting = false;
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

    /// <summary>setvbuf: changes the buffering (after writing what is pending).</summary>
    public void SetBuffering(Machine m, BufferMode mode, int size)
    {
        FlushOutput(m);
        Mode = mode;
        if (size > 0) BufferSize = size;
        if (_readEnd == _readPos) { _readPos = _readEnd = 0; _buffer = []; }
    }
}
