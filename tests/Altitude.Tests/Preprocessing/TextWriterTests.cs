using Altitude.Front.Preprocessing;

namespace Altitude.Tests.Preprocessing;

public class TextWriterTests
{
    private static string E(string source, InMemoryFileSystem? files = null, bool lineMarkers = true)
    {
        var run = PpRun.Of(source, files);
        Assert.Null(run.Fatal);
        return PreprocessedTextWriter.ToText(run.Tokens, run.Preprocessor.Pragmas, lineMarkers);
    }

    [Fact]
    public void NeverGluesTokens()
    {
        const string source = """
            #define P +
            #define M -
            #define ID(x) x
            #define CAT(a,b) a b
            +P -M ID(x)ID(y) ID(1)ID(2) CAT(<,<) ID(.)ID(5) ID(/)ID(/)
            """;
        var text = E(source, lineMarkers: false);
        Assert.Equal("+ + - - x y 1 2 < < . 5 / /\n", text);
        Assert.Equal(PpRun.Norm(text), PpRun.Clean(source));
    }

    [Fact]
    public void KeepsLineStructureAndMarksIncludes()
    {
        var files = new InMemoryFileSystem().Add("a.h", "h1\nh2\n");
        const string source = "int a;\n  int b ;\n\n#include \"a.h\"\nint c;\n";
        const string expected = "# 1 \"main.c\"\nint a;\n int b ;\n# 1 \"a.h\" 1\nh1\nh2\n# 5 \"main.c\" 2\nint c;\n";
        Assert.Equal(expected, E(source, files));
    }

    [Fact]
    public void LongGapsUseLineMarkers()
    {
        var source = "a\n" + new string('\n', 20) + "b\n\n\nc\n";
        Assert.Equal("# 1 \"main.c\"\na\n# 22 \"main.c\"\nb\n\n\nc\n", E(source));
    }

    [Fact]
    public void PragmasAreWrittenAsDirectives()
    {
        var text = E("a\n#pragma pack(1)\nb _Pragma(\"weak x\") c\n", lineMarkers: false);
        Assert.Equal("a\n#pragma pack(1)\nb\n#pragma weak x\n c\n", text);
    }

    [Fact]
    public void MultiLineInvocationStaysOnOneLine()
    {
        var text = E("#define f(a, b) a + b\nx = f(1,\n 2);\ny;\n", lineMarkers: false);
        Assert.Equal("x = 1 + 2;\ny;\n", text);
    }
}
