using Altitude.Front.Preprocessing;

namespace Altitude.Tests.Preprocessing;

/// <summary>The examples of C17 6.10.3.4 and 6.10.3.5, which must give the standard's results.</summary>
public class StandardExamplesTests
{
    [Fact]
    public void Example3_RescanningAndHideSets()
    {
        const string source = """
            #define x 3
            #define f(a) f(x * (a))
            #undef x
            #define x 2
            #define g f
            #define z z[0]
            #define h g(~
            #define m(a) a(w)
            #define w 0,1
            #define t(a) a
            #define p() int
            #define q(x) x
            #define r(x,y) x ## y
            #define str(x) # x
            f(y+1) + f(f(z)) % t(t(g)(0) + t)(1);
            g(x+(3,4)-w) | h 5) & m
            (f)^m(m);
            p() i[q()] = { q(1), r(2,3), r(4,), r(,5), r(,) };
            char c[2][6] = { str(hello), str() };
            """;
        const string expected = """
            f(2 * (y+1)) + f(2 * (f(2 * (z[0])))) % f(2 * (0)) + t(1);
            f(2 * (2+(3,4)-0,1)) | f(2 * (~ 5)) & f(2 * (0,1))^m(0,1);
            int i[] = { 1, 23, 4, 5, };
            char c[2][6] = { "hello", "" };
            """;
        Assert.Equal(PpRun.Norm(expected), PpRun.Clean(source));
    }

    [Fact]
    public void Example4_StringizingAndPasting()
    {
        const string source = """
            #define str(s) # s
            #define xstr(s) str(s)
            #define debug(s, t) printf("x" # s "= %d, x" # t "= %s", \
             x ## s, x ## t)
            #define INCFILE(n) vers ## n
            #define glue(a, b) a ## b
            #define xglue(a, b) glue(a, b)
            #define HIGHLOW "hello"
            #define LOW LOW ", world"
            debug(1, 2);
            fputs(str(strncmp("abc\0d", "abc", '\4') // this goes away
             == 0) str(: @\n), s);
            #include xstr(INCFILE(2).h)
            glue(HIGH, LOW);
            xglue(HIGH, LOW)
            """;
        const string expected = """
            printf("x" "1" "= %d, x" "2" "= %s", x1, x2);
            fputs("strncmp(\"abc\\0d\", \"abc\", '\\4') == 0" ": @\n", s);
            int vers2;
            "hello";
            "hello" ", world"
            """;
        var files = new InMemoryFileSystem().Add("vers2.h", "int vers2;\n");
        Assert.Equal(PpRun.Norm(expected), PpRun.Clean(source, files));
    }

    [Fact]
    public void Example5_Placemarkers()
    {
        const string source = """
            #define t(x,y,z) x ## y ## z
            int j[] = { t(1,2,3), t(,4,5), t(6,,7), t(8,9,),
             t(10,,), t(,11,), t(,,12), t(,,) };
            """;
        Assert.Equal(PpRun.Norm("int j[] = { 123, 45, 67, 89, 10, 11, 12, };"), PpRun.Clean(source));
    }

    [Fact]
    public void Example6_RedefinitionRules()
    {
        const string source = """
            #define OBJ_LIKE (1-1)
            #define OBJ_LIKE /* white space */ (1-1) /* other */
            #define FUNC_LIKE(a) ( a )
            #define FUNC_LIKE( a )( /* note the white space */ \
             a /* other stuff on this line
             */ )
            #define OBJ_LIKE (0)
            #define OBJ_LIKE (1 - 1)
            #define FUNC_LIKE(b) ( a )
            #define FUNC_LIKE(b) ( b )
            """;
        var run = PpRun.Of(source);
        Assert.Empty(run.Errors);
        var lines = run.Warnings.Where(w => w.Id == "CPP010").Select(w => w.Location.Line).ToArray();
        Assert.Equal([7, 8, 9, 10], lines);
    }

    [Fact]
    public void Example7_VariadicMacros()
    {
        const string source = """
            #define debug(...) fprintf(stderr, __VA_ARGS__)
            #define showlist(...) puts(#__VA_ARGS__)
            #define report(test, ...) ((test)?puts(#test):\
             printf(__VA_ARGS__))
            debug("Flag");
            debug("X = %d\n", x);
            showlist(The first, second, and third items.);
            report(x>y, "x is %d but y is %d", x, y);
            """;
        const string expected = """
            fprintf(stderr, "Flag");
            fprintf(stderr, "X = %d\n", x);
            puts("The first, second, and third items.");
            ((x>y)?puts("x>y"): printf("x is %d but y is %d", x, y));
            """;
        Assert.Equal(PpRun.Norm(expected), PpRun.Clean(source));
    }

    [Fact]
    public void Rescanning_6_10_3_4_Example_GivesGccResult()
    {
        const string source = """
            #define f(a) a*g
            #define g(a) f(a)
            f(2)(9)
            """;
        Assert.Equal("2 * 9 * g", PpRun.Clean(source));
    }

    [Fact]
    public void Example2_Stringizing_6_10_3_2()
    {
        // 6.10.3.3 EXAMPLE: hash_hash
        const string source = """
            #define hash_hash # ## #
            #define mkstr(a) # a
            #define in_between(a) mkstr(a)
            #define join(c, d) in_between(c hash_hash d)
            char p[] = join(x, y);
            """;
        Assert.Equal(PpRun.Norm("char p[] = \"x ## y\";"), PpRun.Clean(source));
    }
}
