namespace Altitude.Tests;

/// <summary>Finds the checkout the tests run from (the folder that holds Altitude.slnx).</summary>
public static class TestPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Altitude.slnx"))) return dir.FullName;
        }
        throw new InvalidOperationException("cannot find the Altitude checkout above " + AppContext.BaseDirectory);
    });

    public static string Root => RootPath.Value;

    public static string CorpusRoot => Path.Combine(Root, "tests", "c");

    public static string InRoot(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>True when running under CI, where tools the tests rely on (gcc, the SQLite download) must be present.</summary>
    public static bool InCi => Environment.GetEnvironmentVariable("CI") is { Length: > 0 } ci && ci != "false";

    /// <summary>Whether a program is on PATH.</summary>
    public static bool HasTool(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, name)));
}
