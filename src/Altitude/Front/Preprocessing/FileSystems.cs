namespace Altitude.Front.Preprocessing;

/// <summary>The file access the preprocessor needs; tests supply an in-memory one.</summary>
public interface IFileSystem
{
    bool FileExists(string path);

    /// <summary>The whole text of a file; only called after <see cref="FileExists"/> returned true.</summary>
    string ReadAllText(string path);

    /// <summary>Last modification time, for <c>__TIMESTAMP__</c>; null when unknown.</summary>
    DateTime? LastWriteTime(string path) => null;
}

/// <summary>The host file system.</summary>
public sealed class PhysicalFileSystem : IFileSystem
{
    public static PhysicalFileSystem Instance { get; } = new();

    public bool FileExists(string path) => File.Exists(path);

    public string ReadAllText(string path) => File.ReadAllText(path);

    public DateTime? LastWriteTime(string path) => File.Exists(path) ? File.GetLastWriteTime(path) : null;
}

/// <summary>A dictionary of path → text; paths are compared exactly (use '/' separators).</summary>
public sealed class InMemoryFileSystem : IFileSystem
{
    private readonly Dictionary<string, string> _files = new(StringComparer.Ordinal);

    public InMemoryFileSystem()
    {
    }

    public InMemoryFileSystem(IEnumerable<KeyValuePair<string, string>> files)
    {
        foreach (var (path, text) in files) Add(path, text);
    }

    public InMemoryFileSystem Add(string path, string text)
    {
        _files[Normalize(path)] = text;
        return this;
    }

    public bool FileExists(string path) => _files.ContainsKey(Normalize(path));

    public string ReadAllText(string path) => _files[Normalize(path)];

    // "./a.h" and "a.h" name the same file; "dir/../a.h" too.
    private static string Normalize(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Replace('\\', '/').Split('/'))
        {
            if (part == "." || part.Length == 0) continue;
            if (part == ".." && parts.Count > 0 && parts[^1] != "..") parts.RemoveAt(parts.Count - 1);
            else parts.Add(part);
        }
        var joined = string.Join('/', parts);
        return path.StartsWith('/') ? "/" + joined : joined;
    }
}
