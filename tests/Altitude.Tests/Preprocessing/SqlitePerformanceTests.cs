using System.Diagnostics;
using Altitude.Diagnostics;
using Altitude.Front;
using Altitude.Front.Preprocessing;
using Altitude.Text;

namespace Altitude.Tests.Preprocessing;

/// <summary>
/// Preprocesses SQLite's amalgamation when ALTITUDE_SQLITE names it (sqlite3.c). The host's headers
/// are not used: the system includes are replaced by empty in-memory files.
/// </summary>
public class SqlitePerformanceTests
{
    [Fact]
    public void AmalgamationPreprocessesQuickly()
    {
        var path = Environment.GetEnvironmentVariable("ALTITUDE_SQLITE");
        if (path is null || !File.Exists(path)) return;
        var text = File.ReadAllText(path);
        var files = new EmptyHeaders();
        var options = new FrontEndOptions { FileSystem = files, NoStandardIncludes = true, IncludePaths = ["/sys-headers"] };
        long best = long.MaxValue;
        var count = 0;
        for (var i = 0; i < 3; i++)
        {
            var sw = Stopwatch.StartNew();
            var diagnostics = new DiagnosticBag();
            var tokens = new Preprocessor(options, diagnostics).Preprocess(new SourceFile(path, text));
            sw.Stop();
            best = Math.Min(best, sw.ElapsedMilliseconds);
            count = tokens.Count;
            Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items.Take(5)));
        }
        var lex = Stopwatch.StartNew();
        var lexed = Altitude.Front.Lexing.Lexer.Tokenize(new SourceFile(path, text), new DiagnosticBag());
        lex.Stop();
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "altitude-sqlite-pp.txt"), $"{best} ms, {count} tokens; lexing alone {lex.ElapsedMilliseconds} ms, {lexed.Count} tokens\n");
        Assert.True(count > 500_000);
        Assert.True(best < 3000, $"{best} ms");
    }

    private sealed class EmptyHeaders : IFileSystem
    {
        public bool FileExists(string path) => path.StartsWith("/sys-headers/", StringComparison.Ordinal);

        public string ReadAllText(string path) => "";
    }
}
