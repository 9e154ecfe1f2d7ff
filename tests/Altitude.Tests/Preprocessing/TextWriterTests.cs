using Altitude.Front.Preprocessing;

namespace Altitude.Tests.Preprocessing;

public class TextWriterTests
{
    private static string E(string source, InMemoryFileSystem? files = null, bool lineMarkers = true)
    {
        var run = PpRun.Of(source, files);
        Assert.Null(run.Fatal);
        return PreprocessedTextWriter.ToText(run.Tokens, run.Preprocessor, lineMarkers);
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
    public void NestedAndEmptyIncludesAreMarkedExactly()
    {
        var files = new InMemoryFileSystem().Add("a.h", "a\n#include \"b.h\"\n").Add("b.h", "b\n").Add("empty.h", "");
        const string source = "#include \"a.h\"\n#include \"empty.h\"\nm\n#line 50 \"z.c\"\nz\n";
        const string expected = "# 1 \"main.c\"\n# 1 \"a.h\" 1\na\n# 1 \"b.h\" 1\nb\n# 3 \"a.h\" 2\n# 2 \"main.c\" 2\n"
            + "# 1 \"empty.h\" 1\n# 3 \"main.c\" 2\nm\n# 50 \"z.c\"\nz\n";
        Assert.Equal(expected, E(source, files));
    }

    [Fact]
    public void WithoutMarkersFileChangesAreInferred()
    {
        var files = new InMemoryFileSystem().Add("a.h", "h\n");
        var run = PpRun.Of("x\n#include \"a.h\"\ny\n", files);
        Assert.Equal("# 1 \"main.c\"\nx\n# 1 \"a.h\" 1\nh\n# 3 \"main.c\" 2\ny\n", PreprocessedTextWriter.ToText(run.Tokens));
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
