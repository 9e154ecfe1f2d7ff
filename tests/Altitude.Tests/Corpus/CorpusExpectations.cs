using System.Text;
using System.Text.RegularExpressions;

namespace Altitude.Tests.Corpus;

/// <summary>
/// The expectations a C test program states in its comments (tests/c/README.md):
/// <c>// expect-exit: N</c>, <c>// expect-stdout:</c> followed by <c>// | line</c> lines (or a sibling
/// NAME.out file), and <c>// expect-error</c> (optionally <c>: ID</c>) at the end of the offending line.
/// </summary>
public sealed partial record CorpusExpectations(
    int ExitCode,
    string? Stdout,
    IReadOnlyList<(int Line, string? Id)> Errors)
{
    [GeneratedRegex(@"//\s*expect-error(?::\s*([A-Za-z0-9_-]+))?\s*$")]
    private static partial Regex ErrorMarker();

    [GeneratedRegex(@"^\s*//\s*expect-exit:\s*(-?\d+)")]
    private static partial Regex ExitMarker();

    public static CorpusExpectations Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var exit = 0;
        StringBuilder? stdout = null;
        var errors = new List<(int, string?)>();
        var inStdout = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (ExitMarker().Match(line) is { Success: true } exitMatch) exit = int.Parse(exitMatch.Groups[1].Value);
            if (ErrorMarker().Match(line) is { Success: true } errorMatch)
            {
                errors.Add((i + 1, errorMatch.Groups[1].Success ? errorMatch.Groups[1].Value : null));
            }
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith("// expect-stdout:", StringComparison.Ordinal))
            {
                inStdout = true;
                stdout = new StringBuilder();
                continue;
            }
            if (inStdout)
            {
                if (trimmed.StartsWith("// |", StringComparison.Ordinal))
                {
                    var text = trimmed.Length > 4 && trimmed[4] == ' ' ? trimmed[5..] : trimmed[4..];
                    stdout!.Append(text).Append('\n');
                    continue;
                }
                inStdout = false;
            }
        }
        var outFile = Path.ChangeExtension(path, ".out");
        var expectedStdout = File.Exists(outFile) ? File.ReadAllText(outFile) : stdout?.ToString();
        return new CorpusExpectations(exit, expectedStdout, errors);
    }
}
