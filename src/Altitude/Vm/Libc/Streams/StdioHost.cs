namespace Altitude.Vm.Libc.Streams;

/// <summary>
/// What the guest's standard streams and files are connected to on the host. The CLI passes the
/// process's own standard streams (as bytes, so that binary data passes unchanged); tests pass
/// memory streams and a temporary working directory. Anything left null falls back to the
/// machine's text writers (stdout, stderr), an empty stdin, and the process's current directory.
/// </summary>
public sealed class StdioHost
{
    /// <summary>The guest's fd 0 (read as bytes). Null: an empty input.</summary>
    public Stream? Stdin { get; init; }
    /// <summary>Byte sinks for fd 1 and fd 2; null: the machine's text writers.</summary>
    public Stream? Stdout { get; init; }
    public Stream? Stderr { get; init; }
    public bool StdinIsTerminal { get; init; }
    public bool StdoutIsTerminal { get; init; }
    public bool StderrIsTerminal { get; init; }
    /// <summary>
    /// The guest's descriptors 0, 1 and 2 are the host process's own (the CLI): reads, writes,
    /// seeks, fstat and isatty go to them directly, so a redirected file behaves as natively.
    /// The streams and terminal flags above are then used only on a host whose kernel calls
    /// Altitude cannot make (not x86-64 Linux).
    /// </summary>
    public bool UseHostDescriptors { get; init; }
    /// <summary>Directory relative guest paths are resolved against; null: the host process's current directory.</summary>
    public string? WorkingDirectory { get; init; }
}
