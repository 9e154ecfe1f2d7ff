using Altitude.Diagnostics;
using Altitude.Front.Parsing;
using static Altitude.Tests.Parsing.ParserTestHelpers;

namespace Altitude.Tests.Parsing;

public class ErrorTests
{
    private static List<(string Id, int Line, int Column)> Errors(string text)
    {
        var (_, bag) = ParseWithDiagnostics(text);
        return bag.Items.Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => (d.Id, d.Location.Line, d.Location.Column)).ToList();
    }

    [Fact]
    public void MissingSemicolonAfterExpressionPointsAfterIt()
    {
        Assert.Equal([("SYN001", 2, 8)], Errors("void f(int x) {\n  x = 1\n  x = 2;\n}"));
    }

    [Fact]
    public void MissingExpression()
    {
        Assert.Equal([("SYN002", 1, 25)], Errors("void f(int x) { x = 1 + ; }"));
    }

    [Fact]
    public void MissingSemicolonAfterDeclarationAndReturn()
    {
        Assert.Equal([("SYN004", 1, 6), ("SYN013", 2, 23)], Errors("int x\nint g(void) { return 1 }"));
    }

    [Fact]
    public void OneErrorPerStatementThenRecovery()
    {
        var (unit, bag) = ParseWithDiagnostics("void f(void) { a = (1 + ; b = 2; c = ) ; d = 3; }\nint after;");
        Assert.Equal(2, bag.ErrorCount);
        var f = (FunctionDefinitionSyntax)unit.Declarations[0];
        Assert.Equal(["(= b 2);", "(= d 3);"], f.Body.Items.Select(SyntaxPrinter.Print));
        Assert.Equal(2, unit.Declarations.Count);
    }

    [Fact]
    public void RecoveryAtFileScopeSkipsToNextDeclaration()
    {
        var (unit, bag) = ParseWithDiagnostics("int 3x;\nint f(int { return 0; }\nint ok;");
        Assert.True(bag.HasErrors);
        Assert.Equal("(decl int [ok: T])", SyntaxPrinter.Print(unit.Declarations[^1]));
    }

    [Fact]
    public void MemberErrorRecoversInsideStruct()
    {
        var (unit, bag) = ParseWithDiagnostics("struct s { int a; int 5; int b; };");
        Assert.Equal(1, bag.ErrorCount);
        var s = (StructOrUnionSpecifierSyntax)((DeclarationSyntax)unit.Declarations[0]).Specifiers.TypeSpecifiers[0];
        Assert.Equal(2, s.Members!.Count);
    }

    [Fact]
    public void UnknownTypeName()
    {
        Assert.Equal([("SYN018", 1, 1), ("SYN018", 1, 17), ("SYN018", 1, 43)],
            Errors("foo_t x; void g(bar_t *p); void h(void) { baz_t y = 1; }"));
    }

    [Fact]
    public void MissingCloseBraceAtEnd()
    {
        Assert.Equal([("SYN016", 1, 22)], Errors("void f(void) { int x; "));
        Assert.Equal([("SYN016", 2, 10)], Errors("void f(void) {\n  return;\n\n"));
        var (_, bag) = ParseWithDiagnostics("int main(void) {");
        Assert.Equal("expected '}' at end of input", bag.Items[0].Message);
    }

    [Fact]
    public void StrayCharactersAndUnterminatedLiterals()
    {
        var (unit, bag) = ParseWithDiagnostics("int a @ ;\nchar *s = \"abc;\nint b;");
        Assert.Contains(bag.Items, d => d.Id == "LEX002" && d.Location.Line == 1 && d.Message.Contains('@'));
        Assert.Contains(bag.Items, d => d.Id == "LEX003" && d.Location.Line == 2 && d.Message.Contains('"'));
        Assert.Equal("(decl int [a: T])", SyntaxPrinter.Print(unit.Declarations[0]));
    }

    [Fact]
    public void ErrorLimitStopsTheParse()
    {
        var text = string.Concat(Enumerable.Repeat("int = ;\n", 200));
        var bag = new DiagnosticBag { ErrorLimit = 10 };
        var unit = Parser.Parse(Lex(text), bag);
        Assert.Equal(10, bag.ErrorCount);
        Assert.NotNull(unit);
    }

    [Fact]
    public void ExpectedMemberName()
    {
        Assert.Equal([("SYN014", 1, 26)], Errors("void f(struct s *p) { p->; }"));
    }

    [Fact]
    public void ElseWithoutIf()
    {
        Assert.Equal([("SYN007", 1, 16)], Errors("void f(void) { else; }"));
    }

    [Fact]
    public void DiagnosticTextIsGccStyle()
    {
        var (_, bag) = ParseWithDiagnostics("void f(void) { return 1 }");
        Assert.Equal("t.c:1:24: error: expected ';' after return statement (C17 6.8.6) [SYN013]", bag.Items[0].ToString());
    }
}

public class PedanticTests
{
    [Theory]
    [InlineData("int main(void) { goto l; l: int x = 1; return x; }", "SYN019", 1, 29)]
    [InlineData("int main(void) { { goto e; e: } return 0; }", "SYN023", 1, 28)]
    [InlineData("int a[1] = {};", "SYN027", 1, 12)]
    [InlineData("struct s {};", "SYN028", 1, 10)]
    [InlineData("int x; int y = _Alignof(x);", "SYN029", 1, 16)]
    [InlineData("static x;", "SYN010", 1, 8)]
    [InlineData("int x;;", "SYN011", 1, 7)]
    [InlineData("struct s { int a;; };", "SYN024", 1, 18)]
    [InlineData("struct s { int a };", "SYN020", 1, 18)]
    public void PedanticDiagnosticsAreWarningsOrErrorsByOption(string text, string id, int line, int column)
    {
        var (_, lenient) = ParseWithDiagnostics(text);
        var warning = Assert.Single(lenient.Items);
        Assert.Equal((id, Diagnostics.DiagnosticSeverity.Warning, line, column), (warning.Id, warning.Severity, warning.Location.Line, warning.Location.Column));

        var (_, strict) = ParseWithDiagnostics(text, pedanticErrors: true);
        var error = Assert.Single(strict.Items);
        Assert.Equal((id, Diagnostics.DiagnosticSeverity.Error, line, column), (error.Id, error.Severity, error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void GnuAlignofOfAnExpressionIsFine()
    {
        var (_, bag) = ParseWithDiagnostics("int x; int y = __alignof__(x);", pedanticErrors: true);
        Assert.Empty(bag.Items);
    }
}

public class RecoveryTests
{
    [Fact]
    public void MissingSemicolonAtEndOfLineDoesNotSwallowTheNextDeclaration()
    {
        var (unit, bag) = ParserTestHelpers.ParseWithDiagnostics("void f(void) {\n  int x = 1\n  int y = 2;\n  y = x\n  return;\n}");
        Assert.Equal(2, bag.ErrorCount);
        var items = ((FunctionDefinitionSyntax)unit.Declarations[0]).Body.Items;
        Assert.Equal(["(decl int [x: T = 1])", "(decl int [y: T = 2])", "(= y x);", "(return)"], items.Select(SyntaxPrinter.Print));
    }

    [Fact]
    public void MissingSemicolonAfterMemberResumesAtNextMember()
    {
        var (unit, bag) = ParserTestHelpers.ParseWithDiagnostics("struct s {\n  int a\n  int b;\n};");
        Assert.Equal(1, bag.ErrorCount);
        var s = (StructOrUnionSpecifierSyntax)((DeclarationSyntax)unit.Declarations[0]).Specifiers.TypeSpecifiers[0];
        Assert.Equal(["(field int [a: T])", "(field int [b: T])"], s.Members!.Select(SyntaxPrinter.Print));
    }
}
