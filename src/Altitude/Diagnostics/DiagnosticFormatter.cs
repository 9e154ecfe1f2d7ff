using Altitude.Text;

namespace Altitude.Diagnostics;

/// <summary>
/// Renders diagnostics as gcc does: the located one-line message, then the source line and a caret
/// under the column. Source lines come from a lookup (files that cannot be found get no excerpt).
/// </summary>
public sealed class DiagnosticFormatter(Func<string, SourceFile?> findSource)
{
    private readonly Dictionary<string, SourceFile?> _cache = new(StringComparer.Ordinal);

    /// <summary>A formatter that reads excerpts from the real file system.</summary>
    public static DiagnosticFormatter ForFileSystem() => new(path =>
    {
        try
        {
            return File.Exists(path) ? new SourceFile(path, File.ReadAllText(path)) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    });

    public string Format(Diagnostic diagnostic)
    {
        var text = diagnostic.ToString();
        var location = diagnostic.Location;
        if (location.IsNone) return text;
        if (!_cache.TryGetValue(location.File, out var source))
        {
            source = findSource(location.File);
            _cache[location.File] = source;
        }
        if (source is null || location.Line > source.LineCount) return text;
        var line = source.LineText(location.Line);
        // Keep tabs in the caret line so the caret sits under the column in any tab width.
        var prefix = line[..Math.Clamp(location.Column - 1, 0, line.Length)];
        var caret = new string(prefix.Select(c => c == '\t' ? '\t' : ' ').ToArray()) + "^";
        return $"{text}\n {location.Line,4} | {line}\n      | {caret}";
    }
}
