using System.Text;
using Altitude.Memory;
using Altitude.Text;
using Altitude.Vm.Execute;

namespace Altitude.Vm.Libc.Streams;

/// <summary>
/// The C library's I/O state for one run: the descriptor table (0, 1 and 2 are the host's
/// standard streams), every FILE stream keyed by its blob, and the host connections.
/// FILE objects other than stdin/stdout/stderr are blobs of the "stdio" allocator: fclose
/// frees them, so a later use is reported like a use after free.
/// </summary>
internal sealed class StdioState
{
    public readonly FileTable Files = new();
    public readonly StdioHost Host;
    public readonly Allocator Allocator;
    private readonly Dictionary<Blob, StdioFile> _streams = new(ReferenceEqualityComparer.Instance);
    /// <summary>Open streams, oldest first (exit flushes newest first, as glibc's list runs).</summary>
    private readonly List<StdioFile> _open = [];
    public StdioFile? Stdin, Stdout, Stderr;

    public StdioState(Machine m, StdioHost host)
    {
        Host = host;
        Allocator = m.Memory.DefineAllocator("stdio");
        if (host.UseHostDescriptors && HostIo.Available)
        {
            for (var fd = 0; fd < 3; fd++)
            {
                var flags = HostIo.StatusFlags(fd);
                Files.Add(new HostOpenFile(fd, flags < 0 ? (fd == 0 ? 0 : 1) : flags, borrowed: true));
            }
            return;
        }
        // A terminal is open for reading and writing; a redirected stream only one way.
        Files.Add(new StandardOpenFile(host.StdinIsTerminal ? 2 : 0, host.StdinIsTerminal, input: host.Stdin));
        Files.Add(new StandardOpenFile(host.StdoutIsTerminal ? 2 : 1, host.StdoutIsTerminal, output: host.Stdout, text: host.Stdout is null ? m.Stdout : null));
        Files.Add(new StandardOpenFile(host.StderrIsTerminal ? 2 : 1, host.StderrIsTerminal, output: host.Stderr, text: host.Stderr is null ? m.Stderr : null));
    }

    /// <summary>Registers a stream on a blob (a standard stream's static FILE or a fresh stdio blob).</summary>
    public StdioFile Register(Blob blob, string name, SourceLocation at, int fd, bool readable, bool writable, BufferMode mode)
    {
        var file = new StdioFile(this, blob, name, at, fd, readable, writable, mode) { BlockSize = BlockSizeFor(fd) };
        _streams[blob] = file;
        _open.Add(file);
        return file;
    }

    /// <summary>glibc's buffer is the descriptor's st_blksize (1024 for a terminal, usually 4096 for pipes and files).</summary>
    public int BlockSizeFor(int fd)
    {
        if (Files.Get(fd) is not { } file) return StdioFile.DefaultBufferSize;
        var stat = new byte[144];
        var blksize = file.Stat(stat, out _) == 0 ? BitConverter.ToInt64(stat, 56) : 0;
        return blksize is > 0 and <= 1 << 20 ? (int)blksize : StdioFile.DefaultBufferSize;
    }

    public StdioFile? Find(Blob blob) => _streams.GetValueOrDefault(blob);

    public void MarkClosed(StdioFile file, SourceLocation at)
    {
        file.Closed = true;
        file.ClosedAt = at;
        _open.Remove(file);
    }

    public void Reopened(StdioFile file)
    {
        if (!_open.Contains(file)) _open.Add(file);
    }

    /// <summary>The buffering glibc picks for a new stream: line-buffered on a terminal, else full.</summary>
    public BufferMode DefaultMode(int fd) => Files.Get(fd)?.IsTerminal == true ? BufferMode.Line : BufferMode.Full;

    /// <summary>exit(): every stream's pending output is written, newest stream first.</summary>
    public void FlushAll(Machine m)
    {
        for (var i = _open.Count - 1; i >= 0; i--)
            if (_open[i].HasPendingOutput) _open[i].FlushOutput(m);
    }

    /// <summary>A guest path as the host opens it: relative ones under the working directory.</summary>
    public byte[] HostPath(ReadOnlySpan<byte> guestPath)
    {
        var dir = Host.WorkingDirectory;
        var relative = guestPath.Length > 0 && guestPath[0] != (byte)'/';
        var prefix = relative && dir is not null ? Encoding.UTF8.GetBytes(dir.TrimEnd('/') + "/") : [];
        var result = new byte[prefix.Length + guestPath.Length + 1];
        prefix.CopyTo(result, 0);
        guestPath.CopyTo(result.AsSpan(prefix.Length));
        return result;
    }

    public string WorkingDirectory => Host.WorkingDirectory ?? Environment.CurrentDirectory;

    /// <summary>End of the run: host descriptors are closed (never the host's standard streams).</summary>
    public void Release() => Files.CloseAll();
}
