using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;

namespace Altitude.Tests.Corpus;

/// <summary>
/// Builds every program of tests/c/valid with the host gcc (-O0, the file's <c>// std:</c> mode) and
/// checks that the native build prints the stdout and exits with the status the file expects. This
/// keeps the expectations honest: they describe what C on this machine does, not what Altitude does.
/// All programs are compiled and run once, in parallel, the first time any case needs a result; each
/// case then only compares. Without gcc on PATH the theory is reported as skipped (on CI it runs and fails).
/// </summary>
public class GccAgreesWithExpectationsTests
{
    public static TheoryData<string> ValidFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in AllValidFiles()) data.Add(file);
        return data;
    }

    private static IEnumerable<string> AllValidFiles() =>
        Directory.EnumerateFiles(Path.Combine(TestPaths.CorpusRoot, "valid"), "*.c", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(TestPaths.CorpusRoot, f))
            .Order(StringComparer.Ordinal);

    [GccTheory]
    [MemberData(nameof(ValidFiles))]
    public void GccBuildMatchesTheExpectations(string file)
    {
        var expected = CorpusExpectations.Read(Path.Combine(TestPaths.CorpusRoot, file));
        var native = NativeOutcomes.Value[file];
        Assert.True(native.CompileError is null, $"gcc could not build {file}:\n{native.CompileError}");
        Assert.True(native.ExitCode == expected.ExitCode,
            $"{file}: gcc build exits with {native.ExitCode}, the file expects {expected.ExitCode}\n{native.Stderr}");
        // A program without an expect-stdout block must print nothing (tests/c/README.md).
        Assert.Equal(expected.Stdout ?? "", native.Stdout);
    }

    private sealed record NativeOutcome(string? CompileError, int ExitCode, string Stdout, string Stderr);

    private static readonly Lazy<IReadOnlyDictionary<string, NativeOutcome>> NativeOutcomes = new(BuildAndRunAll);

    private static IReadOnlyDictionary<string, NativeOutcome> BuildAndRunAll()
    {
        var results = new ConcurrentDictionary<string, NativeOutcome>(StringComparer.Ordinal);
        var root = Path.Combine(Path.GetTempPath(), "altitude-gcc-corpus", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        try
        {
            var files = AllValidFiles().ToList();
            // gcc is the slow part and is single-threaded: one build per core.
            Parallel.ForEach(Enumerable.Range(0, files.Count), new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
            {
                results[files[i]] = BuildAndRun(files[i], Path.Combine(root, i.ToString()));
            });
        }
        finally
        {
            try { Directory.Delete(root, recursive: true); } catch (IOException) { }
        }
        return results;
    }

    private static NativeOutcome BuildAndRun(string relative, string dir)
    {
        Directory.CreateDirectory(dir);
        var source = Path.Combine(TestPaths.CorpusRoot, relative);
        var exe = Path.Combine(dir, "prog");
        // The same build as tests/c/verify-gcc.sh's -O0 build, with warnings off (they are that script's job).
        var compile = Run("gcc", dir, TimeSpan.FromSeconds(60), $"-std={Standard(source)}", "-O0", "-w", "-o", exe, source, "-lm");
        if (compile.ExitCode != 0) return new NativeOutcome(compile.Stderr.Length > 0 ? compile.Stderr : $"gcc exited with {compile.ExitCode}", 0, "", "");
        // Like `altitude run` in the corpus runner: no arguments, NAME.in (when it exists) as
        // standard input. A fresh directory keeps programs that create files from meeting each other.
        var input = Path.ChangeExtension(source, ".in");
        var run = Run(exe, dir, TimeSpan.FromSeconds(10), File.Exists(input) ? File.ReadAllBytes(input) : null);
        return new NativeOutcome(null, run.ExitCode, run.Stdout, run.Stderr);
    }

    /// <summary>The -std= mode named by the file's <c>// std:</c> line (gnu17 when absent).</summary>
    private static string Standard(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("// std:", StringComparison.Ordinal)) return line["// std:".Length..].Trim().Split(' ')[0];
        }
        return "gnu17";
    }

    private static (int ExitCode, string Stdout, string Stderr) Run(string program, string dir, TimeSpan limit, params string[] args) =>
        Run(program, dir, limit, null, args);

    private static (int ExitCode, string Stdout, string Stderr) Run(string program, string dir, TimeSpan limit, byte[]? stdin, params string[] args)
    {
        var info = new ProcessStartInfo(program)
        {
            WorkingDirectory = dir,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var a in args) info.ArgumentList.Add(a);
        using var p = Process.Start(info) ?? throw new InvalidOperationException("cannot start " + program);
        if (stdin is not null)
        {
            try { p.StandardInput.BaseStream.Write(stdin); }
            catch (IOException) { } // the program stopped reading early
        }
        p.StandardInput.Close();
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(limit))
        {
            p.Kill(entireProcessTree: true);
            p.WaitForExit();
            return (-1, stdout.Result, $"timed out after {limit.TotalSeconds} s\n" + stderr.Result);
        }
        p.WaitForExit();
        return (p.ExitCode, stdout.Result, stderr.Result);
    }
}

/// <summary>A theory that is reported as skipped when gcc is not on PATH (except on CI, where gcc is required and its absence fails).</summary>
public sealed class GccTheoryAttribute : TheoryAttribute
{
    public GccTheoryAttribute()
    {
        if (!TestPaths.HasTool("gcc") && !TestPaths.InCi) Skip = "gcc is not on PATH: the corpus expectations cannot be checked against a native build";
    }
}
