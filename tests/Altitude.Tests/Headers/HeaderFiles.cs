namespace Altitude.Tests.Headers;

/// <summary>Locates Altitude's C library headers in the source tree.</summary>
internal static class HeaderFiles
{
    /// <summary>Headers that exist only to stop compilation with a clear message.</summary>
    public static readonly IReadOnlyDictionary<string, string> Unsupported = new Dictionary<string, string>
    {
        ["complex.h"] = "<complex.h> is not supported by Altitude (__STDC_NO_COMPLEX__)",
        ["stdatomic.h"] = "<stdatomic.h> is not supported by Altitude (__STDC_NO_ATOMICS__)",
        ["threads.h"] = "<threads.h> is not supported by Altitude (__STDC_NO_THREADS__)",
    };

    private static readonly Lazy<string> root = new(FindRepositoryRoot);

    /// <summary>The folder holding Altitude.slnx, found by walking up from the test binaries.</summary>
    public static string RepositoryRoot => root.Value;

    public static string IncludeDirectory => Path.Combine(RepositoryRoot, "src", "Altitude", "include");

    public static string TestSourceDirectory => Path.Combine(RepositoryRoot, "tests", "Altitude.Tests", "Headers");

    /// <summary>Every header, as its include name ("stdio.h", "sys/stat.h"), sorted ordinally.</summary>
    public static IReadOnlyList<string> All() =>
        Directory.EnumerateFiles(IncludeDirectory, "*.h", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(IncludeDirectory, f).Replace(Path.DirectorySeparatorChar, '/'))
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToList();

    /// <summary>The headers a program can include successfully.</summary>
    public static IReadOnlyList<string> Usable() => All().Where(h => !Unsupported.ContainsKey(h)).ToList();

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Altitude.slnx")))
                return dir.FullName;
        }
        throw new InvalidOperationException("Altitude.slnx not found above " + AppContext.BaseDirectory);
    }
}
