using Altitude.Front.Semantics;
using Altitude.Types;

namespace Altitude.Tests.Semantics;

public class ScopeAndLinkageTests
{
    [Fact]
    public void TentativeDefinitionsMergeIntoOneObject()
    {
        var unit = Sema.Clean("int t; int t; int t = 3; int u; extern int e; int use(void) { return e; }");
        Assert.Single(unit.Globals, s => s.Name == "t");
        var t = Sema.Global(unit, "t");
        Assert.NotNull(t.Initializer);
        var u = Sema.Global(unit, "u");
        Assert.True(u.IsDefined);
        Assert.Null(u.Initializer);
        Assert.Contains(unit.ExternalDeclarations, s => s.Name == "e");
        Assert.DoesNotContain(unit.Globals, s => s.Name == "e");
    }

    [Fact]
    public void StaticThenExternKeepsInternalLinkage()
    {
        var unit = Sema.Clean("static int x; extern int x; int f(void) { extern int x; return x; }");
        var x = Sema.Global(unit, "x");
        Assert.Equal(Linkage.Internal, x.Linkage);
        var read = (BoundConversion)Sema.Function(unit, "f").Body.Statements.OfType<BoundReturn>().Single().Expression!;
        Assert.Same(x, ((BoundSymbolReference)read.Operand).Symbol);
    }

    [Fact]
    public void FunctionRedeclarationsFormACompositeType()
    {
        var unit = Sema.Clean("int f(); int f(int a); int f(int b) { return b; }");
        var f = Sema.Function(unit, "f");
        var ft = Assert.IsType<FunctionType>(f.Symbol.Type);
        Assert.True(ft.HasPrototype);
        Assert.Single(ft.Parameters);
        Assert.Equal(Linkage.External, f.Symbol.Linkage);
    }

    [Fact]
    public void BlockScopeShadowsAndTagsAreScoped()
    {
        var unit = Sema.Clean("""
            struct s { int a; };
            int x;
            int f(void) {
                struct s { char c; } inner;
                int x = 2;
                { long x = 3; (void)x; }
                return x + inner.c;
            }
            """);
        var outer = unit.Records.Where(r => r.Tag == "s").ToList();
        Assert.Equal(2, outer.Count);
        Assert.NotSame(outer[0], outer[1]);
        var f = Sema.Function(unit, "f");
        Assert.Equal(2, f.Locals.Count(s => s.Name == "x"));
    }

    [Fact]
    public void IncompleteStructCompletedLater()
    {
        var unit = Sema.Clean("struct n; struct n *head; struct n { int v; struct n *next; }; int f(void) { return head->next->v; }");
        var rec = unit.Records.Single(r => r.Tag == "n");
        Assert.True(rec.IsComplete);
        Assert.Equal(16, rec.Size);
    }

    [Fact]
    public void TypedefsResolveAndKeepTheirNameForPrinting()
    {
        var (unit, bag) = Sema.Analyze("typedef unsigned long size_t; typedef struct { int a; } S; size_t n; S s; int *p = &n;");
        Assert.Equal(TypeKind.ULong, Sema.Global(unit, "n").Type.Kind);
        Assert.Equal(TypeKind.Struct, Sema.Global(unit, "s").Type.Kind);
        Assert.Contains(bag.Items, d => d.Id == "SEM060" && d.Message.Contains("size_t"));
    }

    [Fact]
    public void KnrDefinitionParametersTakeDeclaredTypes()
    {
        var unit = Sema.Clean("int f(a, b) char a; double b; { return a + (int)b; }");
        var f = Sema.Function(unit, "f");
        Assert.Equal(TypeKind.Char, f.Parameters[0].Type.Kind);
        Assert.Equal(TypeKind.Double, f.Parameters[1].Type.Kind);
        Assert.False(((FunctionType)f.Symbol.Type).HasPrototype);
    }

    [Fact]
    public void BlockScopeStaticIsAGlobalWithoutLinkage()
    {
        var unit = Sema.Clean("int counter(void) { static int n = 5; return ++n; }");
        var f = Sema.Function(unit, "counter");
        var n = Assert.Single(f.StaticLocals);
        Assert.Equal(Linkage.None, n.Linkage);
        Assert.Equal(StorageDuration.Static, n.Storage);
        Assert.Contains(n, unit.Globals);
    }

    [Fact]
    public void ImplicitDeclarationIsReportedOnce()
    {
        var (_, bag) = Sema.Analyze("int f(void) { g(); return g(); }");
        Assert.Single(bag.Items, d => d.Id == "SEM002");
    }

    [Fact]
    public void ParametersArrayAndFunctionTypesAreAdjusted()
    {
        var unit = Sema.Clean("int f(int a[10], int g(void)) { return a[0] + g(); }");
        var f = Sema.Function(unit, "f");
        Assert.True(f.Parameters[0].Type.IsPointer);
        Assert.True(((PointerType)f.Parameters[1].Type).Pointee.IsFunction);
    }
}

public class GccLenienceTests
{
    [Theory]
    [InlineData("unsigned char *p = \"abc\";")]
    [InlineData("int *p; int f(void) { return p > 0; }")]
    [InlineData("void g(void); int c; void f(void) { c ? g() : (void)0; }")]
    [InlineData("void *v; int (*fp)(void); void f(void) { fp = v; v = fp; }")]
    [InlineData("struct s { int a; }; void f(struct s *p) { (void)*p; }")]
    [InlineData("int f(); int g(void) { return f(1, 2.0, \"x\"); }")]
    [InlineData("void *p; char *q; void f(void) { p++; q = p + 1; }")]
    [InlineData("unsigned long n = sizeof(void) + sizeof(int(void));")]
    [InlineData("int a[3]; int *p = a + 3; long d = &a[3] - &a[0];")]
    [InlineData("enum e { X }; enum e v = 3; int i = X | 4;")]
    public void AcceptedLikeGcc(string code) => Sema.Clean(code);
}
