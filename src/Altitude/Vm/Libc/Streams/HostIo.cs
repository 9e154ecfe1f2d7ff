using System.Runtime.InteropServices;

namespace Altitude.Vm.Libc.Streams;

/// <summary>
/// The host kernel's file calls, used as they are so that a guest's files behave exactly as a
/// native program's do (errno values, permissions, O_APPEND, stat fields). Altitude's guest is
/// x86-64 Linux and so must the host be for file I/O: on any other host every call fails with
/// ENOSYS and the guest sees an ordinary error return. Paths are NUL-terminated byte strings.
/// </summary>
internal static unsafe partial class HostIo
{
    public const int ENOENT = 2, EBADF = 9, ENOMEM = 12, EACCES = 13, EEXIST = 17, ENOTDIR = 20, EISDIR = 21,
        EINVAL = 22, EMFILE = 24, ENOTTY = 25, ESPIPE = 29, ERANGE = 34, ENOSYS = 38;

    /// <summary>True when the host's struct stat and flag values are those the guest headers declare.</summary>
    public static readonly bool Available = OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture == Architecture.X64;

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true)]
    private static partial int SysOpen(byte* path, int flags, int mode);
    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    private static partial int SysClose(int fd);
    [LibraryImport("libc", EntryPoint = "read", SetLastError = true)]
    private static partial nint SysRead(int fd, byte* buffer, nint count);
    [LibraryImport("libc", EntryPoint = "write", SetLastError = true)]
    private static partial nint SysWrite(int fd, byte* buffer, nint count);
    [LibraryImport("libc", EntryPoint = "lseek", SetLastError = true)]
    private static partial long SysLseek(int fd, long offset, int whence);
    [LibraryImport("libc", EntryPoint = "fstat", SetLastError = true)]
    private static partial int SysFstat(int fd, byte* buffer);
    [LibraryImport("libc", EntryPoint = "stat", SetLastError = true)]
    private static partial int SysStat(byte* path, byte* buffer);
    [LibraryImport("libc", EntryPoint = "lstat", SetLastError = true)]
    private static partial int SysLstat(byte* path, byte* buffer);
    [LibraryImport("libc", EntryPoint = "unlink", SetLastError = true)]
    private static partial int SysUnlink(byte* path);
    [LibraryImport("libc", EntryPoint = "rmdir", SetLastError = true)]
    private static partial int SysRmdir(byte* path);
    [LibraryImport("libc", EntryPoint = "rename", SetLastError = true)]
    private static partial int SysRename(byte* from, byte* to);
    [LibraryImport("libc", EntryPoint = "access", SetLastError = true)]
    private static partial int SysAccess(byte* path, int mode);
    [LibraryImport("libc", EntryPoint = "ftruncate", SetLastError = true)]
    private static partial int SysFtruncate(int fd, long length);
    [LibraryImport("libc", EntryPoint = "fcntl", SetLastError = true)]
    private static partial int SysFcntl(int fd, int command, int argument);
    [LibraryImport("libc", EntryPoint = "isatty", SetLastError = true)]
    private static partial int SysIsatty(int fd);
    [LibraryImport("libc", EntryPoint = "getrlimit", SetLastError = true)]
    private static partial int SysGetrlimit(int resource, long* limits);

    /// <summary>Runs a host call; -1 with the errno in <paramref name="errno"/> on failure (never throws).</summary>
    private static long Call(Func<long> call, out int errno)
    {
        errno = 0;
        if (!Available) { errno = ENOSYS; return -1; }
        try
        {
            var r = call();
            if (r < 0) errno = Marshal.GetLastPInvokeError();
            return r;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            errno = ENOSYS;
            return -1;
        }
    }

    public static int Open(byte[] path, int flags, int mode, out int errno) =>
        (int)Call(() => { fixed (byte* p = path) return SysOpen(p, flags, mode); }, out errno);

    public static int Close(int fd, out int errno) => (int)Call(() => SysClose(fd), out errno);

    public static long Read(int fd, Span<byte> buffer, out int errno)
    {
        var length = buffer.Length;
        fixed (byte* b = buffer)
        {
            var address = (nint)b;
            return Call(() => SysRead(fd, (byte*)address, length), out errno);
        }
    }

    public static long Write(int fd, ReadOnlySpan<byte> data, out int errno)
    {
        var length = data.Length;
        fixed (byte* b = data)
        {
            var address = (nint)b;
            return Call(() => SysWrite(fd, (byte*)address, length), out errno);
        }
    }

    public static long Lseek(int fd, long offset, int whence, out int errno) => Call(() => SysLseek(fd, offset, whence), out errno);

    public static int Ftruncate(int fd, long length, out int errno) => (int)Call(() => SysFtruncate(fd, length), out errno);

    /// <summary>The access mode and status flags of a host descriptor (fcntl F_GETFL), or -1.</summary>
    public static int StatusFlags(int fd) => (int)Call(() => SysFcntl(fd, 3, 0), out _);

    public static bool IsTerminal(int fd) => Call(() => SysIsatty(fd), out _) == 1;

    /// <summary>The soft limit on open descriptors (RLIMIT_NOFILE), or -1.</summary>
    public static long OpenFileLimit()
    {
        var limits = new long[2];
        var r = Call(() => { fixed (long* l = limits) return SysGetrlimit(7, l); }, out _);
        return r < 0 ? -1 : limits[0];
    }

    /// <summary>fstat into a 144-byte x86-64 struct stat image.</summary>
    public static int Fstat(int fd, byte[] stat, out int errno) =>
        (int)Call(() => { fixed (byte* s = stat) return SysFstat(fd, s); }, out errno);

    public static int Stat(byte[] path, byte[] stat, bool followLinks, out int errno) =>
        (int)Call(() => { fixed (byte* p = path) fixed (byte* s = stat) return followLinks ? SysStat(p, s) : SysLstat(p, s); }, out errno);

    public static int Unlink(byte[] path, out int errno) => (int)Call(() => { fixed (byte* p = path) return SysUnlink(p); }, out errno);

    public static int Rmdir(byte[] path, out int errno) => (int)Call(() => { fixed (byte* p = path) return SysRmdir(p); }, out errno);

    public static int Rename(byte[] from, byte[] to, out int errno) =>
        (int)Call(() => { fixed (byte* f = from) fixed (byte* t = to) return SysRename(f, t); }, out errno);

    public static int Access(byte[] path, int mode, out int errno) => (int)Call(() => { fixed (byte* p = path) return SysAccess(p, mode); }, out errno);
}
