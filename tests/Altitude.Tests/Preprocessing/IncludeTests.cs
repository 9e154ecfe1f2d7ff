using Altitude.Front;
using Altitude.Front.Preprocessing;

namespace Altitude.Tests.Preprocessing;

public class IncludeTests
{
    private static FrontEndOptions Options(string[]? include = null, string[]? quote = null, string[]? system = null) => new()
    {
        IncludePaths = [.. include ?? []],
        QuoteIncludePaths = [.. quote ?? []],
        SystemIncludePaths = [.. system ?? []],
        NoStandardIncludes = true,
    };

    [Fact]
    public void QuotedSearchOrder()
    {
        var files = new InMemoryFileSystem()
            .Add("src/main.c", "#include \"a.h\"\n#include \"b.h\"\n#include \"c.h\"\n#include \"d.h\"\n")
            .Add("src/a.h", "a_local")
            .Add("q/a.h", "a_quote").Add("q/b.h", "b_quote")
            .Add("i/b.h", "b_include").Add("i/c.h", "c_include")
            .Add("s/c.h", "c_system").Add("s/d.h", "d_system");
        var run = Run(files, "src/main.c", Options(["i"], ["q"], ["s"]));
        Assert.Equal("a_local b_quote c_include d_system", run.Text);
    }

    [Fact]
    public void AbsolutePathsAndParentDirectories()
    {
        var files = new InMemoryFileSystem()
            .Add("/main.c", "#include \"root.h\"\n#include \"/abs/x.h\"\n#include \"sub/../up.h\"\n")
            .Add("/root.h", "root").Add("/abs/x.h", "#include \"../root2.h\"\nx").Add("/root2.h", "root2").Add("/up.h", "up");
        Assert.Equal("root root2 x up", Run(files, "/main.c", Options()).Text);
    }

    [Fact]
    public void AngledSearchSkipsCurrentDirectoryAndIquote()
    {
        var files = new InMemoryFileSystem()
            .Add("src/main.c", "#include <a.h>\n#include <b.h>\n")
            .Add("src/a.h", "a_local").Add("q/a.h", "a_quote").Add("i/a.h", "a_include")
            .Add("s/b.h", "b_system");
        var run = Run(files, "src/main.c", Options(["i"], ["q"], ["s"]));
        Assert.Equal("a_include b_system", run.Text);
    }

    [Fact]
    public void IncludeRelativeToIncludingFile()
    {
        var files = new InMemoryFileSystem()
            .Add("main.c", "#include \"lib/x.h\"\n")
            .Add("lib/x.h", "#include \"y.h\"\nx")
            .Add("lib/y.h", "y");
        Assert.Equal("y x", Run(files, "main.c", Options()).Text);
    }

    [Fact]
    public void IncludeNextContinuesAfterTheDirectoryWhereFound()
    {
        var files = new InMemoryFileSystem()
            .Add("main.c", "#include <limits.h>\n")
            .Add("one/limits.h", "one_before\n#include_next <limits.h>\none_after\n")
            .Add("two/limits.h", "two\n#if __has_include_next(<limits.h>)\n#include_next <limits.h>\n#endif\n")
            .Add("three/limits.h", "three\n#if __has_include_next(<limits.h>)\nwrong\n#endif\n");
        Assert.Equal("one_before two three one_after", Run(files, "main.c", Options(["one", "two", "three"])).Text);
    }

    [Fact]
    public void PragmaOnceAndIncludeGuards()
    {
        var files = new InMemoryFileSystem()
            .Add("main.c", "#include \"once.h\"\n#include \"once.h\"\n#include \"guard.h\"\n#include \"guard.h\"\n#include \"./once.h\"\n#include \"plain.h\"\n#include \"plain.h\"\n")
            .Add("once.h", "#pragma once\nonce\n")
            .Add("guard.h", "#ifndef GUARD_H\n#define GUARD_H\nguard\n#endif\n")
            .Add("plain.h", "plain\n");
        var run = Run(files, "main.c", Options());
        Assert.Equal("once guard plain plain", run.Text);
    }

    [Fact]
    public void GuardWithElseIsNotTreatedAsGuard()
    {
        var files = new InMemoryFileSystem()
            .Add("main.c", "#include \"g.h\"\n#include \"g.h\"\n")
            .Add("g.h", "#ifndef G\n#define G\nfirst\n#else\nsecond\n#endif\n");
        Assert.Equal("first second", Run(files, "main.c", Options()).Text);
    }

    [Fact]
    public void ComputedInclude()
    {
        var files = new InMemoryFileSystem()
            .Add("main.c", "#define HDR \"a.h\"\n#define SYS <b.h>\n#define NAME(x) #x\n#include HDR\n#include SYS\n#include NAME(c.h)\n")
            .Add("a.h", "a").Add("inc/b.h", "b").Add("c.h", "c");
        Assert.Equal("a b c", Run(files, "main.c", Options(["inc"])).Text);
    }

    [Fact]
    public void MissingIncludeIsFatalWithLocation()
    {
        var files = new InMemoryFileSystem().Add("main.c", "int x;\n  #include \"foo.h\"\n");
        var run = Run(files, "main.c", Options());
        Assert.NotNull(run.Fatal);
        Assert.Equal("CPP005", run.Fatal!.Diagnostic.Id);
        Assert.Equal("'foo.h' file not found", run.Fatal.Diagnostic.Message);
        Assert.Equal(2, run.Fatal.Diagnostic.Location.Line);
    }

    [Fact]
    public void RecursiveIncludeHitsDepthLimit()
    {
        var files = new InMemoryFileSystem().Add("main.c", "#include \"self.h\"\n").Add("self.h", "x\n#include \"self.h\"\n");
        var run = Run(files, "main.c", Options());
        Assert.NotNull(run.Fatal);
        Assert.Equal("CPP006", run.Fatal!.Diagnostic.Id);
        Assert.Equal("self.h", run.Fatal.Diagnostic.Location.File);
    }

    [Theory]
    [InlineData("#include\n")]
    [InlineData("#include foo\n")]
    [InlineData("#include <foo\n")]
    public void MalformedIncludeIsAnError(string source)
    {
        var run = PpRun.Of(source);
        Assert.Contains(run.Errors, e => e.Id == "CPP007");
    }

    [Fact]
    public void HasInclude()
    {
        var files = new InMemoryFileSystem().Add("main.c", """
            #if __has_include("here.h") && !__has_include("absent.h") && __has_include(<sys/x.h>)
            yes
            #endif
            #ifdef __has_include
            defined
            #endif
            """).Add("here.h", "").Add("inc/sys/x.h", "");
        Assert.Equal("yes defined", Run(files, "main.c", Options(["inc"])).Text);
    }

    [Fact]
    public void ForcedIncludesComeFirst()
    {
        var files = new InMemoryFileSystem().Add("main.c", "main FORCED\n").Add("config.h", "#define FORCED forced\nconfig\n").Add("second.h", "second\n");
        var options = Options() with { ForcedIncludes = ["config.h", "second.h"] };
        Assert.Equal("config second main forced", Run(files, "main.c", options).Text);
    }

    [Fact]
    public void EmbeddedHeadersHaveAltitudeDisplayPath()
    {
        // The embedded headers are searched last; an -I directory shadows them.
        var files = new InMemoryFileSystem().Add("main.c", "#include <stddef.h>\n__FILE__\n").Add("inc/stddef.h", "mine __FILE__\n");
        var run = Run(files, "main.c", Options(["inc"]) with { NoStandardIncludes = false });
        Assert.Equal("mine \"inc/stddef.h\" \"main.c\"", run.Text);
    }

    [Fact]
    public void IncludeFromTokensOfIncludedFileHaveItsPath()
    {
        var files = new InMemoryFileSystem().Add("main.c", "a\n#include \"h.h\"\nb\n").Add("h.h", "\n\nh\n");
        var run = Run(files, "main.c", Options());
        var h = run.Tokens.Single(t => t.Text == "h");
        Assert.Equal(("h.h", 3), (h.Location.File, h.Location.Line));
        Assert.Equal(["main.c", "main.c", "h.h"], new[] { run.Tokens[0].Location.File, run.Tokens[2].Location.File, run.Preprocessor.IncludedFiles[0] });
    }

    [Fact]
    public void IncludeNextInPrimaryFileWarnsAndActsLikeInclude()
    {
        var files = new InMemoryFileSystem().Add("main.c", "#include_next <a.h>\n").Add("i/a.h", "a\n#include \"b.h\"\n").Add("i/b.h", "#include_next <c.h>\n").Add("j/c.h", "c\n");
        var run = Run(files, "main.c", Options(["i", "j"]));
        Assert.Equal("a c", run.Text);
        Assert.Single(run.Warnings, w => w.Id == "CPP041");
    }

    [Fact]
    public void StandardHeadersComeFromTheAssembly()
    {
        var embedded = typeof(Preprocessor).Assembly.GetManifestResourceNames().Contains("altitude-include/stddef.h");
        var files = new InMemoryFileSystem().Add("main.c", "#include <stddef.h>\n");
        var run = Run(files, "main.c", Options() with { NoStandardIncludes = false });
        if (embedded)
        {
            Assert.Null(run.Fatal);
            Assert.Contains("<altitude>/stddef.h", run.Preprocessor.IncludedFiles);
        }
        else
        {
            Assert.Equal("'stddef.h' file not found", run.Fatal?.Diagnostic.Message);
        }
    }

    private static PpRun Run(InMemoryFileSystem files, string main, FrontEndOptions options) =>
        PpRun.Of(files.ReadAllText(main), files, options, main);
}
