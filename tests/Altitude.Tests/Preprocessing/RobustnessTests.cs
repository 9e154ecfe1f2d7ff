using System.Text;
using Altitude.Diagnostics;
using Altitude.Front;
using Altitude.Front.Preprocessing;
using Altitude.Text;

namespace Altitude.Tests.Preprocessing;

public class RobustnessTests
{
    [Fact]
    public void EofInsideDirectiveWithoutNewline()
    {
        var run = PpRun.Of("#define f(a");
        Assert.Contains(run.Errors, e => e.Id == "CPP046" && e.Location.Line == 1);
        run = PpRun.Of("#if 1");
        Assert.Contains(run.Errors, e => e.Id == "CPP001" && e.Location.Line == 1);
        Assert.Equal("x", PpRun.Clean("#define X x\nX"));
    }

    [Fact]
    public void EofInsideMacroArgumentsPointsAtTheInvocation()
    {
        var run = PpRun.Of("#define f(a) a\nint\n  f(1, (2\n");
        var error = Assert.Single(run.Errors);
        Assert.Equal(("CPP016", 3, 3), (error.Id, error.Location.Line, error.Location.Column));
        Assert.Equal("int", run.Text);
    }

    [Fact]
    public void ExponentialExpansionIsCapped()
    {
        var sb = new StringBuilder("#define a0 x x\n");
        for (var i = 1; i <= 40; i++) sb.Append($"#define a{i} a{i - 1} a{i - 1}\n");
        sb.Append("a40\n");
        var diagnostics = new DiagnosticBag();
        var preprocessor = new Preprocessor(new FrontEndOptions { NoStandardIncludes = true }, diagnostics) { MaxOutputTokens = 1_000_000 };
        var fatal = Assert.Throws<FatalDiagnosticException>(() => preprocessor.Preprocess(new SourceFile("main.c", sb.ToString())));
        Assert.Equal("CPP020", fatal.Diagnostic.Id);
        Assert.Equal(42, fatal.Diagnostic.Location.Line);
    }

    [Fact]
    public void RescanningWorkIsCapped()
    {
        // Each use of E rescans its argument 3^4 times without producing more output.
        var source = """
            #define E(...) E1(E1(E1(__VA_ARGS__)))
            #define E1(...) E2(E2(E2(__VA_ARGS__)))
            #define E2(...) E3(E3(E3(__VA_ARGS__)))
            #define E3(...) __VA_ARGS__
            E(a b c d e f g h i j) E(a b c d e f g h i j)
            """;
        var diagnostics = new DiagnosticBag();
        var preprocessor = new Preprocessor(new FrontEndOptions { NoStandardIncludes = true }, diagnostics) { MaxProducedTokens = 1_000 };
        var fatal = Assert.Throws<FatalDiagnosticException>(() => preprocessor.Preprocess(new SourceFile("main.c", source)));
        Assert.Equal(("CPP020", 5), (fatal.Diagnostic.Id, fatal.Diagnostic.Location.Line));
        var unlimited = new Preprocessor(new FrontEndOptions { NoStandardIncludes = true }, new DiagnosticBag()).Preprocess(new SourceFile("main.c", source));
        Assert.Equal(21, unlimited.Count);
    }

    [Fact]
    public void DeeplyNestedMacroArgumentsAreLimited()
    {
        var text = "#define f(x) x\n" + string.Concat(Enumerable.Repeat("f(", 3000)) + "1" + new string(')', 3000) + "\n";
        PpRun? run = null;
        var thread = new Thread(() => run = PpRun.Of(text), 256 * 1024 * 1024);
        thread.Start();
        thread.Join();
        Assert.Equal("CPP021", run!.Fatal?.Diagnostic.Id);
    }

    [Fact]
    public void ModeratelyNestedMacroArgumentsWork()
    {
        var text = "#define f(x) x\n" + string.Concat(Enumerable.Repeat("f(", 200)) + "1" + new string(')', 200) + "\n";
        Assert.Equal("1", PpRun.Clean(text));
    }

    [Fact]
    public void LongChainsOfObjectLikeMacrosDoNotRecurse()
    {
        var sb = new StringBuilder("#define m0 end\n");
        for (var i = 1; i <= 3000; i++) sb.Append($"#define m{i} m{i - 1}\n");
        sb.Append("m3000\n");
        Assert.Equal("end", PpRun.Clean(sb.ToString()));
    }

    [Fact]
    public void StrayAndUnterminatedTokensPassThroughLiveCode()
    {
        var run = PpRun.Of("a @ 'x\n");
        Assert.Null(run.Fatal);
        Assert.Equal("a @ 'x", run.Text);
    }

    [Fact]
    public void ErrorsInIncludedFilesNameThatFile()
    {
        var files = new InMemoryFileSystem().Add("bad.h", "ok\n\n#endif\n");
        var run = PpRun.Of("#include \"bad.h\"\n", files);
        var error = Assert.Single(run.Errors);
        Assert.Equal(("bad.h", 3), (error.Location.File, error.Location.Line));
    }

    [Fact]
    public void ConditionalsDoNotLeakAcrossFiles()
    {
        var files = new InMemoryFileSystem().Add("open.h", "#if 1\nin\n");
        var run = PpRun.Of("#include \"open.h\"\n#endif\n", files);
        Assert.Contains(run.Errors, e => e.Id == "CPP001" && e.Location.File == "open.h");
        Assert.Contains(run.Errors, e => e.Id == "CPP002" && e.Location.File == "main.c");
    }
}
