using System.Text;
using Altitude.Diagnostics;
using Altitude.Front;
using Altitude.Front.Preprocessing;
using Altitude.Text;

namespace Altitude.Tests.Preprocessing;

/// <summary>Random directive and macro soup: the preprocessor must end with tokens or a located fatal diagnostic, never another exception.</summary>
public class FuzzTests
{
    private static readonly string[] Pieces =
    [
        "#define ", "#undef ", "#if ", "#ifdef ", "#ifndef ", "#elif ", "#else", "#endif", "#include ", "#line ", "#pragma ",
        "#", "##", "# ", "(", ")", ",", "...", "__VA_ARGS__", "__VA_OPT__", "defined", "f", "g", "x", "F(", "G(a,b)",
        "1", "0", "-1", "0u", "'a'", "'", "\"s\"", "\"", "<", ">", "+", "/", "?", ":", "&&", "||", "_Pragma(", "__LINE__",
        "__COUNTER__", "__has_include(", "__FILE__", "\\", "/*", "*/", "//", "\n", "\n", "\n", " ", " ", "EMPTY", "a.h",
    ];

    [Fact]
    public void RandomInputNeverThrowsUnexpectedly()
    {
        var random = new Random(int.Parse(Environment.GetEnvironmentVariable("FUZZ_SEED") ?? "12345"));
        var files = new InMemoryFileSystem().Add("a.h", "#define A 1\nf(\n").Add("b.h", "#include \"a.h\"\n#if 1\n");
        var fatal = 0;
        var completed = 0;
        for (var iteration = 0; iteration < int.Parse(Environment.GetEnvironmentVariable("FUZZ_N") ?? "400"); iteration++)
        {
            var sb = new StringBuilder("#define f(a, ...) a __VA_OPT__(x) #a\n#define G(a,b) a##b\n#define EMPTY\n");
            var length = random.Next(1, 80);
            for (var i = 0; i < length; i++) sb.Append(Pieces[random.Next(Pieces.Length)]).Append(random.Next(3) == 0 ? " " : "");
            var options = new FrontEndOptions { FileSystem = files, NoStandardIncludes = true };
            var preprocessor = new Preprocessor(options, new DiagnosticBag()) { MaxOutputTokens = 100_000, MaxProducedTokens = 1_000_000 };
            try
            {
                var tokens = preprocessor.Preprocess(new SourceFile("fuzz.c", sb.ToString()));
                Assert.Equal(Altitude.Front.Lexing.TokenKind.EndOfFile, tokens[^1].Kind);
                _ = PreprocessedTextWriter.ToText(tokens, preprocessor);
                completed++;
            }
            catch (FatalDiagnosticException e)
            {
                Assert.False(e.Diagnostic.Location.IsNone, e.Diagnostic.ToString());
                fatal++;
            }
        }
        Assert.True(completed > 100, $"{completed} completed, {fatal} fatal");
    }
}
