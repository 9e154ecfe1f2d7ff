using System.Diagnostics;
using System.Text;
using Altitude.Front;
using Altitude.Front.Parsing;
using Altitude.Types;

namespace Altitude.Tests.Layout;

/// <summary>
/// For every tagged struct and union declared at file scope in the layout corpus (and the struct,
/// union, bit-field and type programs of the valid corpus), Altitude's sizeof, alignof and member
/// offsets must equal gcc's on this machine. A probe program including the C file prints gcc's view.
/// </summary>
public class LayoutAgreesWithGccTests
{
    private static readonly string[] Folders = ["layout", "valid/structs", "valid/unions", "valid/bitfields", "valid/types"];

    [Fact]
    public void EveryCorpusRecordHasGccsLayout()
    {
        if (!TestPaths.HasTool("gcc"))
        {
            Assert.False(TestPaths.InCi, "gcc is required in CI");
            return;
        }
        var files = Folders.SelectMany(f => Directory.EnumerateFiles(Path.Combine(TestPaths.CorpusRoot, f), "*.c")).Order(StringComparer.Ordinal).ToList();
        var mismatches = new List<string>();
        var typesProbed = 0;
        var lock_ = new object();
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = 2 }, file =>
        {
            var (ours, count) = AltitudeLayout(file);
            if (count == 0) return;
            var theirs = GccLayout(file, ours.Keys);
            lock (lock_)
            {
                typesProbed += count;
                foreach (var (key, value) in ours)
                {
                    var gcc = theirs.GetValueOrDefault(key, "<missing>");
                    if (gcc != value) mismatches.Add($"{Path.GetRelativePath(TestPaths.CorpusRoot, file)}: {key}: altitude {value}, gcc {gcc}");
                }
            }
        });
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches.Take(40)));
        Assert.True(typesProbed >= 60, $"only {typesProbed} types probed");
    }

    /// <summary>Layout facts keyed by a probe expression, e.g. "sizeof(struct s)" → "24".</summary>
    private static (Dictionary<string, string> Facts, int Types) AltitudeLayout(string file)
    {
        var result = FrontEnd.Compile(file, FrontEndOptions.Default, FrontEndStage.Analyze);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Items));
        var facts = new Dictionary<string, string>(StringComparer.Ordinal);
        // Only file-scope types can be named by the probe's main: skip those defined in function bodies.
        var bodies = result.Syntax!.Declarations.OfType<FunctionDefinitionSyntax>()
            .Where(f => f.Body.Location.File == file)
            .Select(f => (f.Body.Location.Offset, f.Body.EndLocation.Offset)).ToList();
        var records = result.Bound!.Records
            .Where(r => r.Tag is not null && r.IsComplete && r.Location.File == file)
            .Where(r => !bodies.Any(b => r.Location.Offset > b.Item1 && r.Location.Offset < b.Item2))
            .GroupBy(r => (r.Tag, r.IsUnion))
            .Where(g => g.Count() == 1) // a tag defined again in an inner scope cannot be named from file scope
            .Select(g => g.Single())
            .ToList();
        foreach (var record in records)
        {
            var name = (record.IsUnion ? "union " : "struct ") + record.Tag;
            facts[$"sizeof({name})"] = record.Size.ToString();
            facts[$"_Alignof({name})"] = record.Align.ToString();
            foreach (var field in record.Fields.Where(f => f.Name is not null && !f.IsBitField))
            {
                facts[$"__builtin_offsetof({name}, {field.Name})"] = field.Offset.ToString();
            }
        }
        return (facts, records.Count);
    }

    private static Dictionary<string, string> GccLayout(string file, IEnumerable<string> probes)
    {
        var dir = Path.Combine(Path.GetTempPath(), "altitude-layout", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var probe = new StringBuilder();
        probe.Append("#define main altitude_probed_main\n#include \"").Append(file).Append("\"\n#undef main\n");
        probe.Append("int printf(const char *, ...);\nint main(void) {\n");
        var keys = probes.ToList();
        foreach (var key in keys) probe.Append("  printf(\"%ld\\n\", (long)(").Append(key).Append("));\n");
        probe.Append("  return 0;\n}\n");
        File.WriteAllText(Path.Combine(dir, "probe.c"), probe.ToString());
        Run("gcc", $"-std=gnu17 -w -o probe probe.c", dir);
        var lines = Run(Path.Combine(dir, "probe"), "", dir).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Directory.Delete(dir, recursive: true);
        return keys.Zip(lines).ToDictionary(p => p.First, p => p.Second.Trim(), StringComparer.Ordinal);
    }

    private static string Run(string program, string arguments, string dir)
    {
        var info = new ProcessStartInfo(program, arguments) { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} {arguments} failed: {stderr.Result}");
        return stdout.Result;
    }
}
