namespace Altitude.Vm.Libc.Streams;

/// <summary>
/// The guest's file descriptors: the lowest free number is handed out first, as on Linux, and
/// descriptors past the host's soft limit fail with EMFILE, as natively.
/// </summary>
internal sealed class FileTable
{
    /// <summary>The host's soft limit on open descriptors (what a native program would get), at most 65536.</summary>
    public static readonly int Limit = (int)Math.Clamp(HostIo.OpenFileLimit() is var l && l > 0 ? l : 1024, 64, 65536);
    private readonly List<OpenFile?> _fds = [];
    private readonly List<HostOpenFile> _hostFiles = [];

    public OpenFile? Get(long fd) => fd >= 0 && fd < _fds.Count ? _fds[(int)fd] : null;

    /// <summary>Installs <paramref name="file"/> at the lowest free descriptor ≥ <paramref name="from"/>; -1 (EMFILE) when none.</summary>
    public int Add(OpenFile file, int from = 0)
    {
        for (var i = from; i < Limit; i++)
        {
            while (_fds.Count <= i) _fds.Add(null);
            if (_fds[i] is not null) continue;
            _fds[i] = file;
            file.References++;
            if (file is HostOpenFile h && !_hostFiles.Contains(h)) _hostFiles.Add(h);
            return i;
        }
        return -1;
    }

    /// <summary>Puts <paramref name="file"/> at <paramref name="fd"/> (dup2), closing what was there.</summary>
    public void Set(int fd, OpenFile file)
    {
        while (_fds.Count <= fd) _fds.Add(null);
        if (_fds[fd] is { } old) Release(old);
        _fds[fd] = file;
        file.References++;
    }

    public bool Close(long fd)
    {
        if (Get(fd) is not { } file) return false;
        _fds[(int)fd] = null;
        Release(file);
        return true;
    }

    private void Release(OpenFile file)
    {
        if (--file.References > 0) return;
        file.Close();
        if (file is HostOpenFile h) _hostFiles.Remove(h);
    }

    /// <summary>At the end of the run: give every host descriptor back (the VM may run in a long-lived host).</summary>
    public void CloseAll()
    {
        foreach (var h in _hostFiles) h.Close();
        _hostFiles.Clear();
        _fds.Clear();
    }
}
