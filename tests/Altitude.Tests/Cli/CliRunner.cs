using Altitude.Cli;

namespace Altitude.Tests.Cli;

/// <summary>Runs the `altitude` command in-process, capturing its output and exit status.</summary>
public static class CliRunner
{
    public sealed record Outcome(int ExitCode, string Stdout, string Stderr);

    public static Outcome Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CommandLine.Run(args, stdout, stderr);
        return new Outcome(exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>
    /// Runs `altitude` in-process with the program's standard input and working directory given
    /// (relative paths the program opens resolve there).
    /// </summary>
    public static Outcome RunIn(string workingDirectory, byte[]? stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        using var input = new MemoryStream(stdin ?? []);
        var exit = CommandLine.Run(args, stdout, stderr, input, workingDirectory);
        return new Outcome(exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Writes C source to a fresh temporary file and returns its path.</summary>
    public static string WriteTemp(string source, string name = "test.c")
    {
        var dir = Path.Combine(Path.GetTempPath(), "altitude-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, source);
        return path;
    }
}
