using Altitude.Front;
using Altitude.Front.Lexing;

namespace Altitude.Tests.Preprocessing;

public class MacroTests
{
    [Fact]
    public void VaOpt()
    {
        const string source = """
            #define F(a, ...) f(a __VA_OPT__(,) __VA_ARGS__)
            #define G(X, ...) X __VA_OPT__(- X ## __VA_ARGS__) end
            #define EMPTY
            F(1)
            F(1,)
            F(1, 2, 3)
            F(1, EMPTY)
            G(a, b)
            G(a)
            """;
        Assert.Equal(PpRun.Norm("f(1) f(1) f(1, 2, 3) f(1) a - ab end a end"), PpRun.Clean(source));
    }

    [Fact]
    public void GnuCommaPastingAndNamedVariadics()
    {
        const string source = """
            #define e(fmt, ...) printf(fmt, ## __VA_ARGS__)
            #define n(fmt, args...) printf(fmt , ##args)
            #define only(args...) g(args)
            e("a")
            e("a",)
            e("a", 1, 2)
            n("b")
            n("b", x)
            only()
            only(1, 2)
            """;
        Assert.Equal(PpRun.Norm("""printf("a") printf("a") printf("a", 1, 2) printf("b") printf("b" , x) g() g(1, 2)"""), PpRun.Clean(source));
    }

    [Fact]
    public void StringizingEscapesAndWhitespace()
    {
        const string source = """
            #define s(x) #x
            #define v(...) #__VA_ARGS__
            s(  a   +    b  )
            s("q\"\\" 'c' '\'')
            s(a
               b)
            s()
            v(1,  2 ,3)
            s(L"w" /* c */ x)
            """;
        var run = PpRun.Of(source);
        Assert.Empty(run.Errors);
        Assert.Equal(
            ["\"a + b\"", "\"\\\"q\\\\\\\"\\\\\\\\\\\" 'c' '\\\\''\"", "\"a b\"", "\"\"", "\"1, 2 ,3\"", "\"L\\\"w\\\" x\""],
            run.Tokens.Where(t => t.Kind != TokenKind.EndOfFile).Select(t => t.Text).ToArray());
    }

    [Fact]
    public void PastingFormsTokens()
    {
        const string source = """
            #define cat(a, b) a ## b
            #define xcat(a, b) cat(a, b)
            cat(x, 1) cat(1, e) cat(+, +) cat(<<, =) cat(-, >) cat(., 5) cat(L, "s") cat(%:, %:) cat(1.0e, -5)
            cat(,) cat(a,) cat(,b)
            xcat(xcat(1, 2), 3)
            """;
        var run = PpRun.Of(source);
        Assert.Empty(run.Errors);
        var tokens = run.Tokens.Where(t => t.Kind != TokenKind.EndOfFile).ToArray();
        Assert.Equal(["x1", "1e", "++", "<<=", "->", ".5", "L\"s\"", "%:%:", "1.0e-", "5", "a", "b", "123"], tokens.Select(t => t.Text).ToArray());
        Assert.Equal(TokenKind.Identifier, tokens[0].Kind);
        Assert.Equal(TokenKind.PlusPlus, tokens[2].Kind);
        Assert.Equal(TokenKind.StringLiteral, tokens[6].Kind);
        Assert.Equal(TokenKind.HashHash, tokens[7].Kind);
    }

    [Theory]
    [InlineData("cat(+, -)", "+", "-")]
    [InlineData("cat(x, +)", "x", "+")]
    [InlineData("cat(\"a\", \"b\")", "\"a\"", "\"b\"")]
    [InlineData("cat(/, /)", "/", "/")]
    public void InvalidPasteIsAnError(string use, string left, string right)
    {
        var run = PpRun.Of("#define cat(a, b) a ## b\n\n" + use + "\n");
        var error = Assert.Single(run.Errors);
        Assert.Equal("CPP019", error.Id);
        Assert.Equal(3, error.Location.Line);
        Assert.Contains($"\"{left}\" and \"{right}\"", error.Message);
    }

    [Fact]
    public void FunctionLikeNameWithoutParenthesisIsNotExpanded()
    {
        const string source = """
            #define f(x) [x]
            #define g f
            f + f
            (1) g(2) g
            """;
        Assert.Equal(PpRun.Norm("f + [1] [2] g").Replace("g", "f"), PpRun.Clean(source));
    }

    [Fact]
    public void SelfReferenceIsNotExpandedAgain()
    {
        const string source = """
            #define foo foo + 1
            #define a b
            #define b a
            #define EPERM EPERM
            foo a b EPERM
            """;
        var run = PpRun.Of(source);
        Assert.Equal("foo + 1 a b EPERM", run.Text);
        Assert.True(run.Tokens[0].NoExpand);
    }

    [Fact]
    public void ArgumentsArePreExpandedExceptNextToOperators()
    {
        const string source = """
            #define ONE 1
            #define str(x) #x
            #define xstr(x) str(x)
            #define id(x) x
            str(ONE) xstr(ONE) id(ONE) id(id(id(ONE)))
            """;
        Assert.Equal("\"ONE\" \"1\" 1 1", PpRun.Clean(source));
    }

    [Fact]
    public void ArgumentsMaySpanLinesAndNestParentheses()
    {
        const string source = """
            #define f(a, b) <a|b>
            f((1, 2),
              (3, 4))
            f(
            #ifdef NOPE
              no,
            #else
              yes,
            #endif
              z)
            """;
        Assert.Equal(PpRun.Norm("<(1, 2)|(3, 4)> <yes|z>"), PpRun.Clean(source));
    }

    [Theory]
    [InlineData("#define f(a, b) a\nf(1)\n", "CPP018")]
    [InlineData("#define f(a) a\nf(1, 2)\n", "CPP017")]
    [InlineData("#define f() x\nf(1)\n", "CPP017")]
    [InlineData("#define f(a) a\nf(1\n", "CPP016")]
    [InlineData("#define\n", "CPP008")]
    [InlineData("#define 3 x\n", "CPP008")]
    [InlineData("#define defined\n", "CPP009")]
    [InlineData("#define f(a, a) a\n", "CPP012")]
    [InlineData("#define f(a,) a\n", "CPP011")]
    [InlineData("#define f(a b) a\n", "CPP046")]
    [InlineData("#define f(a\n", "CPP046")]
    [InlineData("#define f(a) #b\n", "CPP013")]
    [InlineData("#define f(a) ## a\n", "CPP014")]
    [InlineData("#define f(a) a ##\n", "CPP014")]
    [InlineData("#define f(...) __VA_OPT__\n", "CPP044")]
    public void MacroErrors(string source, string id)
    {
        var run = PpRun.Of(source);
        Assert.Contains(run.Errors, e => e.Id == id);
    }

    [Fact]
    public void ZeroAndEmptyArguments()
    {
        const string source = """
            #define z() zero
            #define one(a) [a]
            #define two(a, b) [a|b]
            z() one() two(,) two(, x)
            """;
        Assert.Equal(PpRun.Norm("zero [] [|] [|x]"), PpRun.Clean(source));
    }

    [Fact]
    public void ObjectLikeMacroWithParenthesisAfterSpace()
    {
        Assert.Equal(PpRun.Norm("(x) x"), PpRun.Clean("#define f (x) x\nf\n"));
    }

    [Fact]
    public void UndefAndRedefine()
    {
        const string source = """
            #define A 1
            A
            #undef A
            A
            #define A 2
            A
            #undef NEVER_DEFINED
            """;
        Assert.Equal("1 A 2", PpRun.Clean(source));
    }

    [Fact]
    public void IdenticalRedefinitionIsSilent()
    {
        var run = PpRun.Of("#define A (1 +  2)\n#define A (1 + 2)\n#define A (1+2)\n");
        Assert.Single(run.Warnings, w => w.Id == "CPP010" && w.Location.Line == 3);
    }

    [Fact]
    public void ExpandedTokensKeepSpellingLocationAndRecordInvocation()
    {
        const string source = "#define PLUS(a, b) a + b\nint x =\n  PLUS(y, z);\n";
        var run = PpRun.Of(source);
        var plus = run.Tokens.Single(t => t.Text == "+");
        Assert.Equal(1, plus.Location.Line);
        Assert.Equal(new Altitude.Text.SourceLocation("main.c", 3, 3, plus.ExpandedFrom!.Value.Offset), plus.ExpandedFrom);
        var y = run.Tokens.Single(t => t.Text == "y");
        Assert.Equal(3, y.Location.Line);
        Assert.Equal(8, y.Location.Column);
        var semi = run.Tokens.Single(t => t.Text == ";");
        Assert.Null(semi.ExpandedFrom);
    }

    [Fact]
    public void CommandLineMacrosApplyInOrder()
    {
        var options = new FrontEndOptions
        {
            MacroActions =
            [
                MacroAction.ParseDefine("A"),
                MacroAction.ParseDefine("B=2"),
                MacroAction.ParseDefine("F(x)=(x*x)"),
                MacroAction.ParseDefine("C=3"),
                MacroAction.Undefine("C"),
                MacroAction.Undefine("__ALTITUDE__"),
                MacroAction.ParseDefine("E="),
            ],
        };
        Assert.Equal(PpRun.Norm("1 2 (3*3) C __ALTITUDE__ [ ]"), PpRun.Clean("A B F(3) C __ALTITUDE__ [E]\n", options: options));
    }

    [Theory]
    [InlineData(CStandard.C99, "199901L", "S")]
    [InlineData(CStandard.C11, "201112L", "S")]
    [InlineData(CStandard.C17, "201710L", "S")]
    [InlineData(CStandard.Gnu99, "199901L", "1")]
    [InlineData(CStandard.Gnu17, "201710L", "1")]
    public void StandardSelectsVersionAndGnuMacros(CStandard standard, string version, string linux)
    {
        var text = PpRun.Clean("__STDC_VERSION__ linux\n#ifdef __STRICT_ANSI__\nS\n#endif\n", options: new FrontEndOptions { Standard = standard });
        Assert.Equal(linux == "S" ? $"{version} linux S" : $"{version} 1", text);
    }

    [Fact]
    public void PredefinedMacrosDescribeTheTarget()
    {
        const string source = "__x86_64__ __LP64__ __SIZEOF_LONG__ __SIZEOF_LONG_DOUBLE__ __CHAR_BIT__ __ALTITUDE__ __GNUC__ __STDC__ __STDC_HOSTED__ "
            + "__SIZE_TYPE__ __INT64_TYPE__ __BYTE_ORDER__ __LDBL_MANT_DIG__ __LDBL_MAX__ __DBL_MAX__ __STDC_NO_THREADS__ __OPTIMIZE__ __CHAR_UNSIGNED__\n";
        Assert.Equal(
            PpRun.Norm("1 1 8 16 8 1 4 1 1 long unsigned int long int 1234 53 1.79769313486231570814527423731704357e+308L ((double)1.79769313486231570814527423731704357e+308L) 1 __OPTIMIZE__ __CHAR_UNSIGNED__"),
            PpRun.Clean(source));
    }

    [Fact]
    public void HasBuiltinAndAttributeAndFeature()
    {
        const string source = """
            __has_builtin(__builtin_expect) __has_builtin(__builtin_nonexistent)
            __has_attribute(packed) __has_attribute(__aligned__) __has_attribute(gnu::format) __has_attribute(cleanup)
            __has_feature(c_atomic) __has_extension(x) __has_c_attribute(nodiscard) __has_warning("-Wall")
            #if __has_builtin(__builtin_offsetof) && !__has_attribute(weird)
            ok
            #endif
            """;
        Assert.Equal("1 0 1 1 1 0 0 0 0 0 ok", PpRun.Clean(source));
    }

    [Fact]
    public void CounterLineFileAndIncludeLevel()
    {
        var files = new Altitude.Front.Preprocessing.InMemoryFileSystem().Add("inc.h", "__INCLUDE_LEVEL__ __FILE__ __BASE_FILE__\n");
        const string source = """
            __COUNTER__ __COUNTER__ __COUNTER__
            #define L __LINE__
            #define F(x) x
            L
            F(
              __LINE__)
            F(__LINE__
            ) __LINE__
            #if __LINE__ == 9
            line9
            #endif
            __FILE__ __INCLUDE_LEVEL__
            #include "inc.h"
            """;
        Assert.Equal("0 1 2 4 6 7 8 line9 \"main.c\" 0 1 \"inc.h\" \"main.c\"", PpRun.Clean(source, files));
    }

    [Fact]
    public void MacroDefinitionsListsWhatIsDefined()
    {
        var run = PpRun.Of("#define F(a, ...) a  +  __VA_ARGS__\n#define G(x, rest...) rest\n#define E\n#undef __ALTITUDE__\n");
        var lines = run.Preprocessor.MacroDefinitions();
        Assert.Contains("#define F(a,...) a + __VA_ARGS__", lines);
        Assert.Contains("#define G(x,rest...) rest", lines);
        Assert.Contains("#define E ", lines);
        Assert.Contains("#define __x86_64__ 1", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("#define __ALTITUDE__ ", StringComparison.Ordinal) || l.StartsWith("#define __FILE__", StringComparison.Ordinal));
    }

    [Fact]
    public void DateAndTimeHaveGccFormat()
    {
        var run = PpRun.Of("__DATE__ __TIME__ __TIMESTAMP__\n");
        var texts = run.Tokens.Select(t => t.Text).ToArray();
        Assert.Matches("^\"[A-Z][a-z]{2} [ 1-3][0-9] [0-9]{4}\"$", texts[0]);
        Assert.Matches("^\"[0-9]{2}:[0-9]{2}:[0-9]{2}\"$", texts[1]);
        Assert.Matches("^\"[A-Z][a-z]{2} [A-Z][a-z]{2} [ 1-3][0-9] [0-9]{2}:[0-9]{2}:[0-9]{2} [0-9]{4}\"$", texts[2]);
    }
}
