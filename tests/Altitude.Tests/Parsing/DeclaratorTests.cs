using Altitude.Front.Parsing;
using static Altitude.Tests.Parsing.ParserTestHelpers;

namespace Altitude.Tests.Parsing;

public class DeclaratorTests
{
    private static string Describe(string declaration)
    {
        var d = (DeclarationSyntax)ParseClean(declaration).Declarations.Last();
        return SyntaxPrinter.Describe(d.Declarators[0].Declarator, SyntaxPrinter.SpecifiersText(d.Specifiers));
    }

    [Theory]
    [InlineData("int x;", "x: int")]
    [InlineData("int *a[3];", "a: array[3] of pointer to int")]
    [InlineData("int (*p)[3];", "p: pointer to array[3] of int")]
    [InlineData("int a[2][3];", "a: array[2] of array[3] of int")]
    [InlineData("int (*(*f)(int))[10];", "f: pointer to function(int) returning pointer to array[10] of int")]
    [InlineData("void (*signal(int, void (*)(int)))(int);", "signal: function(int, pointer to function(int) returning void) returning pointer to function(int) returning void")]
    [InlineData("char * const * volatile p;", "p: volatile pointer to const pointer to char")]
    [InlineData("int f(void);", "f: function(void) returning int")]
    [InlineData("int f();", "f: function() returning int")]
    [InlineData("int printf(const char *restrict fmt, ...);", "printf: function(fmt: restrict pointer to const char, ...) returning int")]
    [InlineData("void g(int n, int a[static restrict n]);", "g: function(n: int, a: array[static restrict n] of int) returning void")]
    [InlineData("void h(int a[*]);", "h: function(a: array[*] of int) returning void")]
    [InlineData("int (*fp)(int (*)(void), ...);", "fp: pointer to function(pointer to function(void) returning int, ...) returning int")]
    [InlineData("static const unsigned long long x;", "x: static const unsigned long long")]
    [InlineData("int (((x)));", "x: int")]
    public void DeclaratorChains(string source, string expected) => Assert.Equal(expected, Describe(source));

    [Fact]
    public void InnermostAndDeclaredName()
    {
        var d = (DeclarationSyntax)ParseClean("int (*(*f)(int))[10];").Declarations[0];
        var declarator = d.Declarators[0].Declarator;
        Assert.IsType<ArrayDeclaratorSyntax>(declarator);
        Assert.Equal("f", declarator.DeclaredName);
        Assert.Equal((1, 9), (declarator.Innermost.Location.Line, declarator.Innermost.Location.Column));
    }

    [Fact]
    public void FunctionPrototypeFlags()
    {
        var d = (DeclarationSyntax)ParseClean("int f(); int g(void); int h(a, b);").Declarations[0];
        var f = (FunctionDeclaratorSyntax)d.Declarators[0].Declarator;
        Assert.False(f.HasPrototype);
        Assert.Empty(f.IdentifierList!);
    }

    [Fact]
    public void AbstractDeclaratorsInTypeNames()
    {
        Assert.Equal("(sizeof (type _: pointer to function(int) returning int))", DumpExpression("sizeof(int (*)(int))"));
        Assert.Equal("(sizeof (type _: function(int) returning int))", DumpExpression("sizeof(int (int))"));
        Assert.Equal("(sizeof (type _: array[3] of pointer to char))", DumpExpression("sizeof(char *[3])"));
    }
}
