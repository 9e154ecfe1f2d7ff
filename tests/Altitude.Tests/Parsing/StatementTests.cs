using Altitude.Front.Parsing;
using static Altitude.Tests.Parsing.ParserTestHelpers;

namespace Altitude.Tests.Parsing;

public class StatementTests
{
    private static string Stmts(string body) =>
        string.Join("\n", Body("void f(void) {" + body + "}").Select(SyntaxPrinter.Print));

    [Fact]
    public void SelectionAndIteration()
    {
        Assert.Equal("(if a (return 1) else (if b (return 2)))", Stmts("if (a) return 1; else if (b) return 2;"));
        Assert.Equal("(if a (if b x; else y;))", Stmts("if (a) if (b) x; else y;"));
        Assert.Equal("(while (< i 3) { (post++ i); })", Stmts("while (i < 3) { i++; }"));
        Assert.Equal("(do (++pre i); (< i 3))", Stmts("do ++i; while (i < 3);"));
        Assert.Equal("(for _ _ _ (break))", Stmts("for (;;) break;"));
        Assert.Equal("(for (= i 0) (< i n) (post++ i) (continue))", Stmts("for (i = 0; i < n; i++) continue;"));
        Assert.Equal("(for (decl int [i: T = 0]) (< i n) _ ;)", Stmts("for (int i = 0; i < n;) ;"));
    }

    [Fact]
    public void SwitchWithCasesRangesAndDefault()
    {
        Assert.Equal("(switch x { (case 1 (case 2 (break))) (case 3 ... 5 (return 0)) (default (return 1)) })",
            Stmts("switch (x) { case 1: case 2: break; case 3 ... 5: return 0; default: return 1; }"));
    }

    [Fact]
    public void GotoLabelsAndComputedGoto()
    {
        Assert.Equal("(label out (return))\n(goto out)\n(goto* (index tbl i))\n(= p &&out);",
            Stmts("out: return; goto out; goto *tbl[i]; p = &&out;"));
    }

    [Fact]
    public void LocalLabelDeclarationsAndStaticAssert()
    {
        Assert.Equal("(__label__ a b)\n(static_assert (== 1 1) \"ok\")\n(static_assert 1)",
            Stmts("__label__ a, b; _Static_assert(1 == 1, \"ok\"); _Static_assert(1);"));
    }

    [Fact]
    public void AsmStatementKeepsTemplate()
    {
        var s = Body("void f(void) { __asm__ volatile (\"nop\" : : : \"memory\"); }")[0];
        var asm = Assert.IsType<AsmStatementSyntax>(s);
        Assert.Equal("\"nop\"", asm.Template!.Parts[0].Text);
    }

    [Fact]
    public void FallthroughAttributeStatement()
    {
        var s = Body("void f(int x) { switch (x) { case 1: x++; __attribute__((fallthrough)); default: ; } }")[0];
        Assert.Equal("(switch x { (case 1 (post++ x);) (attrs fallthrough); (default ;) })", SyntaxPrinter.Print(s));
    }

    [Fact]
    public void NullAndCompoundStatementsAndDeclarationsMixed()
    {
        Assert.Equal(";\n{ (decl int [x: T]) (= x 1); }\n(decl int [y: T = 2])", Stmts("; { int x; x = 1; } int y = 2;"));
    }

    [Fact]
    public void LabelAtEndOfBlockIsAcceptedWithWarning()
    {
        var (unit, bag) = ParseWithDiagnostics("void f(void) { goto e; e: }");
        Assert.False(bag.HasErrors);
        Assert.Contains(bag.Items, d => d.Id == "SYN023");
        var items = ((FunctionDefinitionSyntax)unit.Declarations[0]).Body.Items;
        Assert.Equal("(label e ;)", SyntaxPrinter.Print(items[1]));
    }

    [Fact]
    public void LabelBeforeDeclarationWarnsAndKeepsTheDeclaration()
    {
        var (unit, bag) = ParseWithDiagnostics("void f(void) { l: int x = 1; }");
        Assert.False(bag.HasErrors);
        var items = ((FunctionDefinitionSyntax)unit.Declarations[0]).Body.Items;
        Assert.Equal(2, items.Count);
        Assert.IsType<DeclarationSyntax>(items[1]);
    }

    [Fact]
    public void LabelAttributes()
    {
        Assert.Equal("(label l (attrs unused) (return))", Stmts("l: __attribute__((unused)) return;"));
    }
}
