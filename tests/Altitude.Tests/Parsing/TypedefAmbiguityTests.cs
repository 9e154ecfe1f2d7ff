using Altitude.Front.Parsing;
using static Altitude.Tests.Parsing.ParserTestHelpers;

namespace Altitude.Tests.Parsing;

public class TypedefAmbiguityTests
{
    [Fact]
    public void StarIsDeclarationAfterTypedefAndMultiplicationOtherwise()
    {
        var items = Body("typedef int T; int x, y; void f(void) { T * a; x * y; }");
        Assert.IsType<DeclarationSyntax>(items[0]);
        var e = Assert.IsType<ExpressionStatementSyntax>(items[1]);
        Assert.Equal("(* x y)", SyntaxPrinter.Print(e.Expression));
    }

    [Fact]
    public void CastVersusCall()
    {
        var items = Body("typedef int T; int g(int); int x; void f(void) { (T)(x); (g)(x); }");
        Assert.Equal("(cast (type _: T) x);", SyntaxPrinter.Print(items[0]));
        Assert.Equal("(call g x);", SyntaxPrinter.Print(items[1]));
    }

    [Fact]
    public void SizeofTypeVersusExpression()
    {
        var items = Body("typedef int T; int x; void f(void) { sizeof (T); sizeof (x); sizeof x; sizeof (T){1}; }");
        Assert.Equal("(sizeof (type _: T));", SyntaxPrinter.Print(items[0]));
        Assert.Equal("(sizeof x);", SyntaxPrinter.Print(items[1]));
        Assert.Equal("(sizeof x);", SyntaxPrinter.Print(items[2]));
        Assert.Equal("(sizeof (literal (type _: T) { 1 }));", SyntaxPrinter.Print(items[3]));
    }

    [Fact]
    public void InnerScopeRedeclaresTypedefNameAsVariable()
    {
        var items = Body("typedef int T; void f(void) { { int T = 3; T * 2; } T * p; }");
        var inner = (CompoundStatementSyntax)items[0];
        Assert.IsType<DeclarationSyntax>(inner.Items[0]);
        Assert.Equal("(* T 2);", SyntaxPrinter.Print(inner.Items[1]));
        // Out of the inner block T is a type again.
        Assert.IsType<DeclarationSyntax>(items[1]);
    }

    [Fact]
    public void ParameterShadowsTypedefInBody()
    {
        var items = Body("typedef int T; int f(int T) { return T * 2; }");
        Assert.Equal("(return (* T 2))", SyntaxPrinter.Print(items[0]));
    }

    [Fact]
    public void PrototypeScopeEndsWithTheParameterList()
    {
        var unit = ParseClean("typedef int T; void g(int T); T x;");
        Assert.Equal(3, unit.Declarations.Count);
        Assert.Equal("(decl T [x: T])", SyntaxPrinter.Print(unit.Declarations[2]));
    }

    [Fact]
    public void StructMembersNamedLikeTypedefs()
    {
        var d = Dump("typedef int T; struct s { T T; int U; }; T y;");
        Assert.Contains("(field T [T: T])", d);
        Assert.EndsWith("(decl T [y: T])", d);
    }

    [Fact]
    public void TypedefNameAfterTypeSpecifierIsTheDeclarator()
    {
        var items = Body("typedef int T; void f(void) { unsigned T; T = 1; }");
        Assert.Equal("(decl unsigned [T: T])", SyntaxPrinter.Print(items[0]));
        Assert.Equal("(= T 1);", SyntaxPrinter.Print(items[1]));
    }

    [Fact]
    public void EnumeratorHidesTypedef()
    {
        var items = Body("typedef int T; void f(void) { enum { T }; T * 2; }");
        Assert.Equal("(* T 2);", SyntaxPrinter.Print(items[1]));
    }

    [Fact]
    public void TypedefDeclaredInBlockIsVisibleOnlyThere()
    {
        var items = Body("int a, b; void f(void) { { typedef int a; a * b; } a * b; }");
        var inner = (CompoundStatementSyntax)items[0];
        Assert.IsType<DeclarationSyntax>(inner.Items[1]);
        Assert.IsType<ExpressionStatementSyntax>(items[1]);
    }

    [Fact]
    public void LabelNamedLikeTypedef()
    {
        var items = Body("typedef int T; void f(void) { T: goto T; }");
        Assert.Equal("(label T (goto T))", SyntaxPrinter.Print(items[0]));
    }

    [Fact]
    public void ForLoopDeclarationScope()
    {
        var items = Body("typedef int T; void f(void) { for (int T = 0; T < 3; T++) T * 2; T * p; }");
        var loop = Assert.IsType<ForStatementSyntax>(items[0]);
        Assert.NotNull(loop.InitDeclaration);
        Assert.Equal("(* T 2);", SyntaxPrinter.Print(loop.Body));
        Assert.IsType<DeclarationSyntax>(items[1]);
    }

    [Fact]
    public void BuiltinVaListIsATypeName()
    {
        Assert.Equal("(decl typedef __builtin_va_list [va_list: T])", Dump("typedef __builtin_va_list va_list;"));
    }
}
