namespace Altitude.Tests.Preprocessing;

public class ConditionalTests
{
    [Theory]
    [InlineData("-1 > 0u", true)]
    [InlineData("-1 > 0", false)]
    [InlineData("0xFFFFFFFFFFFFFFFF == -1", true)]
    [InlineData("18446744073709551615 == -1", true)]
    [InlineData("(-1 < 0u) == 0", true)]
    [InlineData("1 ? -1 : 0u", true)]
    [InlineData("(1 ? -1 : 0u) > 0", true)]
    [InlineData("(0 ? 1u : -1) > 0", true)]
    [InlineData("-1 / 2 == 0", true)]
    [InlineData("-7 % 3 == -1", true)]
    [InlineData("-1 >> 1 == -1", true)]
    [InlineData("1 << 63 < 0", true)]
    [InlineData("1u << 63 > 0", true)]
    [InlineData("~0u == 18446744073709551615u", true)]
    [InlineData("2 + 3 * 4 == 14", true)]
    [InlineData("(2 + 3) * 4 == 20", true)]
    [InlineData("10 - 2 - 3 == 5", true)]
    [InlineData("1 || 1 / 0", true)]
    [InlineData("0 && 1 / 0", false)]
    [InlineData("0 ? 1 / 0 : 2", true)]
    [InlineData("(1, 0)", false)]
    [InlineData("'a' == 97", true)]
    [InlineData("'\\377' < 0", true)]
    [InlineData("'\\n' == 10", true)]
    [InlineData("'\\x41' == 65", true)]
    [InlineData("'ab' == 24930", true)]
    [InlineData("L'\\xffffffff' == -1", true)]
    [InlineData("u'x' == 120", true)]
    [InlineData("undefined_identifier == 0", true)]
    [InlineData("true", false)]
    [InlineData("false == 0", true)]
    [InlineData("0x10 == 16 && 010 == 8 && 0b101 == 5", true)]
    [InlineData("10UL == 10 && 10ull == 10LL", true)]
    [InlineData("!0 == 1 && !5 == 0", true)]
    [InlineData("(3 & 5) == 1 && (3 | 5) == 7 && (3 ^ 5) == 6", true)]
    [InlineData("1 < 2 == 1", true)]
    [InlineData("-9223372036854775807 - 1 < 0", true)]
    [InlineData("__INT_MAX__ == 2147483647", true)]
    [InlineData("__LONG_MAX__ == 9223372036854775807L", true)]
    [InlineData("__STDC_VERSION__ >= 201710L", true)]
    [InlineData("__GNUC__ == 4 && __GNUC_MINOR__ == 2", true)]
    public void IfArithmetic(string expression, bool expected)
    {
        var text = PpRun.Clean($"#if {expression}\nyes\n#else\nno\n#endif\n");
        Assert.Equal(expected ? "yes" : "no", text);
    }

    [Fact]
    public void DefinedForms()
    {
        const string source = """
            #define A
            #if defined A && defined(A) && !defined B && !defined(B)
            ok1
            #endif
            #define D defined(A)
            #if D
            ok2
            #endif
            #ifdef A
            ok3
            #endif
            #ifndef B
            ok4
            #endif
            #ifdef __FILE__
            ok5
            #endif
            #if defined __has_include && defined(__LINE__)
            ok6
            #endif
            """;
        Assert.Equal("ok1 ok2 ok3 ok4 ok5 ok6", PpRun.Clean(source));
    }

    [Fact]
    public void ElifChainsAndNesting()
    {
        const string source = """
            #define V 2
            #if V == 1
            one
            #elif V == 2
            two
            # if 0
            nested_dead
            # elif 1
            nested_live
            # else
            nested_else
            # endif
            #elif V == 2
            two_again
            #else
            other
            #endif
            #ifdef NOPE
            #elifdef V
            elifdef
            #endif
            """;
        Assert.Equal("two nested_live elifdef", PpRun.Clean(source));
    }

    [Fact]
    public void SkippedGroupsAreNotInterpreted()
    {
        const string source = """
            #if 1
            live1
            #else junk here
            don't ' unterminated
            #unknown_directive
            #if garbage ((
            #endif
            #error not reached
            #include "missing.h"
            #endif
            #if 1
            #elif 1/0
            #elif 0 junk (
            #endif
            #if 0
            #elif 1
            live
            #else junk
            #endif
            after
            """;
        var run = PpRun.Of(source);
        Assert.Null(run.Fatal);
        Assert.Empty(run.Errors);
        Assert.Equal("live1 live after", run.Text);
    }

    [Fact]
    public void ExtraTokensAfterElseAndEndifWarn()
    {
        var run = PpRun.Of("#ifdef A B\n#else C\nx\n#endif D\n#if 0\n#endif E\n");
        Assert.Empty(run.Errors);
        Assert.Equal("x", run.Text);
        Assert.Equal([1, 2, 4, 6], run.Warnings.Where(w => w.Id == "CPP034").Select(w => w.Location.Line).ToArray());
    }

    [Fact]
    public void DivisionByZeroIsAnErrorOnItsLine()
    {
        var run = PpRun.Of("\n\n#if 1 / 0\nx\n#endif\ny\n");
        var error = Assert.Single(run.Errors);
        Assert.Equal("CPP028", error.Id);
        Assert.Equal(3, error.Location.Line);
        Assert.Equal("y", run.Text);
    }

    [Theory]
    [InlineData("#if\n#endif\n", "CPP024")]
    [InlineData("#if 1 +\n#endif\n", "CPP026")]
    [InlineData("#if (1\n#endif\n", "CPP027")]
    [InlineData("#if 1 2\n#endif\n", "CPP025")]
    [InlineData("#if 1.0\n#endif\n", "CPP029")]
    [InlineData("#if \"s\"\n#endif\n", "CPP049")]
    [InlineData("#if 1 = 1\n#endif\n", "CPP031")]
    [InlineData("#if defined\n#endif\n", "CPP032")]
    [InlineData("#if 1 ? 2\n#endif\n", "CPP039")]
    [InlineData("#if 0x\n#endif\n", "CPP030")]
    [InlineData("#else\n", "CPP002")]
    [InlineData("#endif\n", "CPP002")]
    [InlineData("#elif 1\n", "CPP002")]
    [InlineData("#if 1\n#else\n#else\n#endif\n", "CPP003")]
    [InlineData("#if 0\n#else\n#elif 1\n#endif\n", "CPP003")]
    [InlineData("#ifdef\n#endif\n", "CPP035")]
    [InlineData("#foo\n", "CPP004")]
    public void ConditionalErrors(string source, string id)
    {
        var run = PpRun.Of(source);
        Assert.Contains(run.Errors, e => e.Id == id);
    }

    [Fact]
    public void UnterminatedIfPointsAtTheIf()
    {
        var run = PpRun.Of("a\n#if 1\nb\n#ifdef X\n");
        Assert.Equal([(4, "ifdef"), (2, "if")],
            run.Errors.Where(e => e.Id == "CPP001").Select(e => (e.Location.Line, e.Message["unterminated #".Length..])).OrderByDescending(x => x.Line).ToArray());
    }

    [Fact]
    public void DeepIfNestingIsIterative()
    {
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < 20000; i++) sb.Append("#if 1\n");
        sb.Append("deep\n");
        for (var i = 0; i < 20000; i++) sb.Append("#endif\n");
        for (var i = 0; i < 20000; i++) sb.Append("#if 0\n");
        for (var i = 0; i < 20000; i++) sb.Append("#endif\n");
        Assert.Equal("deep", PpRun.Clean(sb.ToString()));
    }

    [Fact]
    public void DeeplyParenthesizedIfExpressionIsLimited()
    {
        var text = "#if " + new string('(', 5000) + "1" + new string(')', 5000) + "\n#endif\n";
        PpRun? run = null;
        var thread = new Thread(() => run = PpRun.Of(text), 64 * 1024 * 1024);
        thread.Start();
        thread.Join();
        Assert.Contains(run!.Errors, e => e.Id == "CPP038");
    }
}
