using Altitude.Vm.Execute;

namespace Altitude.Vm.Libc.Streams;

/// <summary>
/// What a guest file descriptor refers to (the kernel's "open file description"): shared by
/// dup'ed descriptors, so they share the file offset. Every operation returns -1 and an errno
/// value on failure, as the system call would; none throws.
/// </summary>
internal abstract class OpenFile
{
    /// <summary>O_RDONLY / O_WRONLY / O_RDWR and O_APPEND as passed to open.</summary>
    public int Flags;
    public int References;
    public bool CanRead => (Flags & 3) != 1;
    public bool CanWrite => (Flags & 3) != 0;
    public abstract bool IsTerminal { get; }
    public abstract long Read(Span<byte> buffer, out int errno);
    public abstract long Write(ReadOnlySpan<byte> data, out int errno);
    public abstract long Seek(long offset, int whence, out int errno);
    /// <summary>Fills a 144-byte struct stat image.</summary>
    public abstract int Stat(byte[] stat, out int errno);
    public virtual int Truncate(long length, out int errno) { errno = HostIo.EINVAL; return -1; }
    public abstract void Close();
}

/// <summary>A file opened on the host: reads and writes go straight to the host descriptor.</summary>
internal sealed class HostOpenFile : OpenFile
{
    public readonly int HostFd;
    /// <summary>One of the host process's own standard descriptors: used, never closed.</summary>
    public readonly bool Borrowed;
    private readonly bool _terminal;
    private bool _closed;

    public HostOpenFile(int hostFd, int flags, bool borrowed = false)
    {
        HostFd = hostFd;
        Flags = flags;
        Borrowed = borrowed;
        _terminal = borrowed && HostIo.IsTerminal(hostFd);
        if (borrowed) References = 1 << 20;
    }

    public override bool IsTerminal => _terminal;
    public override long Read(Span<byte> buffer, out int errno) => HostIo.Read(HostFd, buffer, out errno);
    public override long Write(ReadOnlySpan<byte> data, out int errno) => HostIo.Write(HostFd, data, out errno);
    public override long Seek(long offset, int whence, out int errno) => HostIo.Lseek(HostFd, offset, whence, out errno);
    public override int Stat(byte[] stat, out int errno) => HostIo.Fstat(HostFd, stat, out errno);
    public override int Truncate(long length, out int errno) => HostIo.Ftruncate(HostFd, length, out errno);

    public override void Close()
    {
        if (_closed || Borrowed) return;
        _closed = true;
        HostIo.Close(HostFd, out _);
    }
}

/// <summary>
/// A standard stream of the host (the guest's fds 0, 1 and 2): a pipe or terminal, so it cannot
/// seek. Output goes out at once (the guest's FILE layer does the buffering, as glibc's does).
/// </summary>
internal sealed class StandardOpenFile : OpenFile
{
    private readonly Stream? _input;
    private readonly Stream? _output;
    private readonly GuestStream? _text;
    private readonly bool _terminal;

    public StandardOpenFile(int flags, bool terminal, Stream? input = null, Stream? output = null, GuestStream? text = null)
    {
        Flags = flags;
        _terminal = terminal;
        _input = input;
        _output = output;
        _text = text;
        References = 1 << 20; // never really closed: the host's own streams
    }

    public override bool IsTerminal => _terminal;

    public override long Read(Span<byte> buffer, out int errno)
    {
        errno = 0;
        if (!CanRead) { errno = HostIo.EBADF; return -1; }
        if (_input is null || buffer.Length == 0) return 0;
        try { return _input.Read(buffer); }
        catch (Exception e) when (e is IOException or ObjectDisposedException or NotSupportedException) { errno = 5; return -1; }
    }

    public override long Write(ReadOnlySpan<byte> data, out int errno)
    {
        errno = 0;
        if (!CanWrite) { errno = HostIo.EBADF; return -1; }
        try
        {
            if (_output is not null) { _output.Write(data); _output.Flush(); }
            else if (_text is not null) { _text.Write(data); _text.Flush(); }
            return data.Length;
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or NotSupportedException) { errno = 32; return -1; }
    }

    public override long Seek(long offset, int whence, out int errno) { errno = HostIo.ESPIPE; return -1; }

    public override int Stat(byte[] stat, out int errno)
    {
        // A pipe (or a character device when it is a terminal), as the guest's standard streams
        // usually are; 4096 is the pipe's block size, which sets glibc's buffer size.
        errno = 0;
        Array.Clear(stat);
        const uint ifchr = 0x2000, ififo = 0x1000;
        BitConverter.TryWriteBytes(stat.AsSpan(24, 4), (_terminal ? ifchr | 0x190 : ififo | 0x180));
        BitConverter.TryWriteBytes(stat.AsSpan(16, 8), 1L);
        BitConverter.TryWriteBytes(stat.AsSpan(56, 8), _terminal ? 1024L : 4096L);
        return 0;
    }

    public override void Close() { }
}
