using Altitude.Memory;
using Altitude.Vm.Execute;
using Altitude.Vm.Libc.Streams;

namespace Altitude.Vm.Libc;

// The POSIX file calls of <unistd.h>, <fcntl.h> and <sys/stat.h> on the guest's descriptor table:
// descriptors 0, 1 and 2 are the standard streams; write(1, …) goes out at once, ahead of
// whatever stdout's FILE buffer still holds, exactly as in a native program.
public sealed partial class SystemLibrary
{
    private void RegisterPosix()
    {
        SystemCall open = (m, b, n) =>
        {
            var state = Stdio(m);
            var path = CString(m, Arg(m, b, 0).P);
            var flags = (int)Arg(m, b, 1).I;
            // The mode is read only when a file may be created (it is a variadic argument).
            var mode = (flags & O_CREAT) != 0 || (flags & 0x410000) == 0x410000 ? (n > 2 ? (int)Arg(m, b, 2).I : throw m.Error(RuntimeErrors.LibraryMisuse, "open with O_CREAT needs the mode argument")) : 0;
            RetInt(m, OpenFd(m, state, path, flags, mode));
        };
        Add("open", open);
        Add("creat", (m, b, n) => RetInt(m, OpenFd(m, Stdio(m), CString(m, Arg(m, b, 0).P), O_WRONLY | O_CREAT | O_TRUNC, (int)Arg(m, b, 1).I)));
        Add("close", (m, b, n) =>
        {
            if (Stdio(m).Files.Close(Arg(m, b, 0).I)) RetInt(m, 0);
            else { m.Errno = HostIo.EBADF; RetInt(m, -1); }
        });
        Add("read", (m, b, n) =>
        {
            var file = Fd(m, Arg(m, b, 0).I);
            var destination = Arg(m, b, 1).P;
            var count = Arg(m, b, 2).I;
            if (file is null) { RetInt(m, -1); return; }
            if (!file.CanRead) { m.Errno = HostIo.EBADF; RetInt(m, -1); return; }
            // Large reads go in chunks, so that a huge count does not allocate a huge host array.
            long done = 0;
            var chunk = new byte[(int)Math.Clamp(count, 0, 1 << 20)];
            while (done < count)
            {
                var want = (int)Math.Min(chunk.Length, count - done);
                var got = file.Read(chunk.AsSpan(0, want), out var errno);
                if (got < 0)
                {
                    if (done > 0) break;
                    m.Errno = errno;
                    RetInt(m, -1);
                    return;
                }
                if (got > 0) m.Memory.WriteBytes(m.Memory.Add(destination, done), chunk.AsSpan(0, (int)got), m.CharTag);
                done += got;
                if (got < want || file is StandardOpenFile) break;
            }
            RetInt(m, done);
        });
        Add("write", (m, b, n) =>
        {
            var file = Fd(m, Arg(m, b, 0).I);
            var count = (ulong)Arg(m, b, 2).I;
            if (file is null) { RetInt(m, -1); return; }
            if (!file.CanWrite) { m.Errno = HostIo.EBADF; RetInt(m, -1); return; }
            if (count == 0) { RetInt(m, 0); return; }
            if (count > int.MaxValue) throw m.Error(RuntimeErrors.LibraryMisuse, "write of more than 2 GiB at once");
            var w = file.Write(m.Memory.GetBytes(Arg(m, b, 1).P, count), out var werr);
            if (w < 0) m.Errno = werr;
            RetInt(m, w);
        });
        Add("lseek", (m, b, n) =>
        {
            var file = Fd(m, Arg(m, b, 0).I);
            if (file is null) { RetInt(m, -1); return; }
            var r = file.Seek(Arg(m, b, 1).I, (int)Arg(m, b, 2).I, out var errno);
            if (r < 0) m.Errno = errno;
            RetInt(m, r);
        });
        Add("ftruncate", (m, b, n) =>
        {
            var file = Fd(m, Arg(m, b, 0).I);
            if (file is null) { RetInt(m, -1); return; }
            var r = file.Truncate(Arg(m, b, 1).I, out var errno);
            if (r < 0) m.Errno = errno;
            RetInt(m, r);
        });
        SystemCall fsync = (m, b, n) => RetInt(m, Fd(m, Arg(m, b, 0).I) is null ? -1 : 0);
        Add("fsync", fsync);
        Add("fdatasync", fsync);
        Add("fstat", (m, b, n) =>
        {
            var file = Fd(m, Arg(m, b, 0).I);
            if (file is null) { RetInt(m, -1); return; }
            var image = new byte[144];
            if (file.Stat(image, out var errno) < 0) { m.Errno = errno; RetInt(m, -1); return; }
            WriteStat(m, Arg(m, b, 1).P, image);
            RetInt(m, 0);
        });
        Add("stat", (m, b, n) => RetInt(m, StatPath(m, Arg(m, b, 0).P, Arg(m, b, 1).P, true)));
        Add("lstat", (m, b, n) => RetInt(m, StatPath(m, Arg(m, b, 0).P, Arg(m, b, 1).P, false)));
        Add("unlink", (m, b, n) => RetInt(m, PathCall(m, Arg(m, b, 0).P, (byte[] p, out int e) => HostIo.Unlink(p, out e))));
        Add("rmdir", (m, b, n) => RetInt(m, PathCall(m, Arg(m, b, 0).P, (byte[] p, out int e) => HostIo.Rmdir(p, out e))));
        Add("access", (m, b, n) =>
        {
            var mode = (int)Arg(m, b, 1).I;
            RetInt(m, PathCall(m, Arg(m, b, 0).P, (byte[] p, out int e) => HostIo.Access(p, mode, out e)));
        });
        Add("isatty", (m, b, n) =>
        {
            var file = Fd(m, Arg(m, b, 0).I);
            if (file is null) { RetInt(m, 0); return; }
            if (file.IsTerminal) { RetInt(m, 1); return; }
            m.Errno = HostIo.ENOTTY;
            RetInt(m, 0);
        });
        Add("dup", (m, b, n) =>
        {
            var state = Stdio(m);
            var file = Fd(m, Arg(m, b, 0).I);
            if (file is null) { RetInt(m, -1); return; }
            var fd = state.Files.Add(file);
            if (fd < 0) m.Errno = HostIo.EMFILE;
            RetInt(m, fd);
        });
        Add("dup2", (m, b, n) =>
        {
            var state = Stdio(m);
            var from = Arg(m, b, 0).I;
            var to = Arg(m, b, 1).I;
            var file = Fd(m, from);
            if (file is null) { RetInt(m, -1); return; }
            if (to < 0 || to >= FileTable.Limit) { m.Errno = HostIo.EBADF; RetInt(m, -1); return; }
            if (from != to) state.Files.Set((int)to, file);
            RetInt(m, to);
        });
        Add("getcwd", (m, b, n) =>
        {
            var buffer = Arg(m, b, 0).P;
            var size = Arg(m, b, 1).I;
            var cwd = System.Text.Encoding.UTF8.GetBytes(Stdio(m).WorkingDirectory);
            if (buffer.IsNull)
            {
                // glibc allocates the buffer: exactly the length when size is 0, else size bytes.
                var bytes = size == 0 ? cwd.Length + 1 : size;
                if (bytes < cwd.Length + 1) { m.Errno = HostIo.ERANGE; RetPtr(m, Pointer.Null); return; }
                buffer = m.Memory.Malloc((ulong)bytes, m.At, null, m.Backtrace());
            }
            else if (size == 0) { m.Errno = HostIo.EINVAL; RetPtr(m, Pointer.Null); return; }
            else if (size < cwd.Length + 1) { m.Errno = HostIo.ERANGE; RetPtr(m, Pointer.Null); return; }
            WriteCString(m, buffer, cwd);
            RetPtr(m, buffer);
        });
    }

    private delegate int HostPathCall(byte[] hostPath, out int errno);

    private int PathCall(Machine m, Pointer path, HostPathCall call)
    {
        var hostPath = Stdio(m).HostPath(CString(m, path));
        if (call(hostPath, out var errno) == 0) return 0;
        m.Errno = errno;
        return -1;
    }

    /// <summary>The open file behind a guest descriptor, or null with errno EBADF.</summary>
    private OpenFile? Fd(Machine m, long fd)
    {
        var file = Stdio(m).Files.Get(fd);
        if (file is null) m.Errno = HostIo.EBADF;
        return file;
    }

    private int StatPath(Machine m, Pointer path, Pointer destination, bool followLinks)
    {
        var hostPath = Stdio(m).HostPath(CString(m, path));
        var image = new byte[144];
        if (HostIo.Stat(hostPath, image, followLinks, out var errno) < 0) { m.Errno = errno; return -1; }
        WriteStat(m, destination, image);
        return 0;
    }

    /// <summary>Stores a struct stat (x86-64 layout, 144 bytes) field by field, each with its type.</summary>
    private static void WriteStat(Machine m, Pointer p, byte[] image)
    {
        var ulongTag = m.Tags[(int)ScalarKind.ULong];
        var longTag = m.Tags[(int)ScalarKind.Long];
        var uintTag = m.Tags[(int)ScalarKind.UInt];
        var intTag = m.Tags[(int)ScalarKind.Int];
        void Field(int offset, int size, TypeTag tag) =>
            m.Memory.WriteScalar(m.Memory.Add(p, offset), size, tag, size == 8 ? BitConverter.ToUInt64(image, offset) : BitConverter.ToUInt32(image, offset));
        Field(0, 8, ulongTag);   // st_dev
        Field(8, 8, ulongTag);   // st_ino
        Field(16, 8, ulongTag);  // st_nlink
        Field(24, 4, uintTag);   // st_mode
        Field(28, 4, uintTag);   // st_uid
        Field(32, 4, uintTag);   // st_gid
        Field(36, 4, intTag);    // padding
        Field(40, 8, ulongTag);  // st_rdev
        Field(48, 8, longTag);   // st_size
        Field(56, 8, longTag);   // st_blksize
        Field(64, 8, longTag);   // st_blocks
        for (var t = 72; t < 144; t += 8) Field(t, 8, longTag); // st_atim, st_mtim, st_ctim, reserved
    }
}
