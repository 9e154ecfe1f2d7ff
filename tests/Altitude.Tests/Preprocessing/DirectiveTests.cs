using Altitude.Front.Lexing;

namespace Altitude.Tests.Preprocessing;

public class DirectiveTests
{
    [Fact]
    public void LineDirectiveChangesReportedLineAndFile()
    {
        const string source = """
            a
            #line 100
            b __LINE__
            #line 200 "other.c"
            c __LINE__ __FILE__
            #define N 300
            #line N
            d
            # 7 "marker.c" 1
            e
            """;
        var run = PpRun.Of(source);
        Assert.Empty(run.Errors);
        Assert.Equal("a b 100 c 200 \"other.c\" d e", run.Text);
        var b = run.Tokens.Single(t => t.Text == "b");
        Assert.Equal(100, b.Location.Line);
        var c = run.Tokens.Single(t => t.Text == "c");
        Assert.Equal(("other.c", 200), (c.Location.File, c.Location.Line));
        Assert.Equal(300, run.Tokens.Single(t => t.Text == "d").Location.Line);
        Assert.Equal(("marker.c", 7), (run.Tokens.Single(t => t.Text == "e").Location.File, run.Tokens.Single(t => t.Text == "e").Location.Line));
    }

    [Fact]
    public void LineDirectiveErrors()
    {
        var run = PpRun.Of("#line x\n#line\n");
        Assert.Equal(2, run.Errors.Count(e => e.Id == "CPP033"));
    }

    [Fact]
    public void ErrorDirectiveIsFatalWithMessage()
    {
        var run = PpRun.Of("ok\n#if 1\n#error  this is   bad\n#endif\n");
        Assert.NotNull(run.Fatal);
        Assert.Equal("CPP022", run.Fatal!.Diagnostic.Id);
        Assert.Equal("#error this is bad", run.Fatal.Diagnostic.Message);
        Assert.Equal(3, run.Fatal.Diagnostic.Location.Line);
    }

    [Fact]
    public void WarningDirectiveWarns()
    {
        var run = PpRun.Of("#warning careful now\nx\n");
        Assert.Equal("x", run.Text);
        var warning = Assert.Single(run.Warnings);
        Assert.Equal("#warning careful now", warning.Message);
    }

    [Fact]
    public void NullDirectiveAndIdentAreAccepted()
    {
        var run = PpRun.Of("#\n# /* comment */\n#ident \"v1\"\nx\n");
        Assert.Empty(run.Errors);
        Assert.Equal("x", run.Text);
    }

    [Fact]
    public void UnknownDirectiveInLiveCodeIsAnError()
    {
        var run = PpRun.Of("\n#frobnicate now\n");
        var error = Assert.Single(run.Errors);
        Assert.Equal(("CPP004", 2), (error.Id, error.Location.Line));
    }

    [Fact]
    public void PragmasArePassedOnWithTheirPosition()
    {
        const string source = """
            a
            #pragma pack(push, 1)
            b
            _Pragma("omp parallel for") c
            #define P(x) _Pragma(#x) d
            P(GCC diagnostic ignored "-Wall")
            #pragma once
            """;
        var run = PpRun.Of(source);
        Assert.Empty(run.Errors);
        Assert.Equal("a b c d", run.Text);
        var pragmas = run.Preprocessor.Pragmas;
        Assert.Equal([1, 2, 3], pragmas.Select(p => p.TokenIndex).ToArray());
        Assert.Equal([2, 4, 6], pragmas.Select(p => p.Location.Line).ToArray());
        Assert.Equal("pack(push, 1)", pragmas[0].Text);
        Assert.Equal("omp parallel for", pragmas[1].Text);
        Assert.Equal("GCC diagnostic ignored \"-Wall\"", pragmas[2].Text);
    }

    [Fact]
    public void PragmaOperatorOnceAndPushPopMacro()
    {
        var files = new Altitude.Front.Preprocessing.InMemoryFileSystem()
            .Add("o.h", "_Pragma(\"once\") o\n");
        const string source = """
            #include "o.h"
            #include "o.h"
            #define M 1
            #pragma push_macro("M")
            #undef M
            #define M 2
            M
            #pragma pop_macro("M")
            M
            """;
        Assert.Equal("o 2 1", PpRun.Clean(source, files));
    }

    [Fact]
    public void GccPragmaErrorAndWarning()
    {
        var run = PpRun.Of("#pragma GCC warning \"w!\"\n#pragma GCC error \"e!\"\n");
        Assert.Equal("w!", Assert.Single(run.Warnings).Message);
        Assert.Equal("e!", Assert.Single(run.Errors).Message);
    }

    [Fact]
    public void PragmaOperatorSyntaxError()
    {
        var run = PpRun.Of("_Pragma(x)\n");
        Assert.Contains(run.Errors, e => e.Id == "CPP036");
    }

    [Fact]
    public void TokensKeepStartOfLineAndLeadingSpace()
    {
        var run = PpRun.Of("#define E\na  b\nE c\n  E\nd\n");
        var tokens = run.Tokens.Where(t => t.Kind != TokenKind.EndOfFile).ToArray();
        Assert.Equal(["a", "b", "c", "d"], tokens.Select(t => t.Text).ToArray());
        Assert.True(tokens[0].StartOfLine);
        Assert.True(tokens[1].LeadingSpace && !tokens[1].StartOfLine);
        Assert.True(tokens[2].StartOfLine);
        Assert.True(tokens[3].StartOfLine);
    }
}
