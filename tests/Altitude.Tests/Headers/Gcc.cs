using System.Diagnostics;

namespace Altitude.Tests.Headers;

/// <summary>Runs the host's gcc (and programs it builds) to validate the headers.</summary>
internal static class Gcc
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr)
    {
        public string Describe() => $"exit code {ExitCode}\n--- stderr ---\n{Stderr}\n--- stdout ---\n{Stdout}";
    }

    private static readonly Lazy<string?> path = new(() => Find("gcc"));

    /// <summary>
    /// True when gcc can run.  Without gcc the validation cannot happen: on CI (the
    /// CI environment variable is set) that is a failure, elsewhere the test returns early.
    /// </summary>
    public static bool Available()
    {
        if (path.Value != null)
            return true;
        Assert.True(string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")),
            "gcc is required on CI to validate Altitude's C headers, but it is not on PATH");
        return false;
    }

    public static Result Compile(string workingDirectory, IEnumerable<string> arguments) =>
        Run(path.Value ?? throw new InvalidOperationException("gcc not found"), workingDirectory, arguments);

    public static Result Run(string program, string workingDirectory, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in arguments)
            info.ArgumentList.Add(a);
        using var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start " + program);
        // Read both streams concurrently so neither pipe can fill up and block the child.
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(program + " did not finish within 120 s");
        }
        return new Result(process.ExitCode, stdout, stderr.Result);
    }

    /// <summary>A fresh scratch directory for one test.</summary>
    public static string ScratchDirectory(string name)
    {
        var dir = Path.Combine(Path.GetTempPath(), "altitude-headers", name + "-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static string? Find(string name)
    {
        var pathVariable = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var dir in pathVariable.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, name);
            if (File.Exists(candidate))
                return candidate;
        }
        return null;
    }
}
