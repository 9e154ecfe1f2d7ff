using Altitude.Front.Semantics;
using Altitude.Types;

namespace Altitude.Tests.Semantics;

/// <summary>The shape of the bound tree: explicit conversions, resolved symbols, symbolic member access.</summary>
public class BoundTreeTests
{
    private static BoundExpression ReturnValue(BoundTranslationUnit unit, string function)
    {
        var f = Sema.Function(unit, function);
        var ret = f.Body.Statements.OfType<BoundReturn>().Last();
        return ret.Expression!;
    }

    private static BoundExpression StripConversions(BoundExpression e)
    {
        while (e is BoundConversion c) e = c.Operand;
        return e;
    }

    [Fact]
    public void IntegerPromotionsAreExplicit()
    {
        var unit = Sema.Clean("char a, b; int f(void) { return a + b; }");
        var add = Assert.IsType<BoundBinary>(ReturnValue(unit, "f"));
        Assert.Equal(BoundBinaryOperator.Add, add.Operator);
        Assert.Equal(TypeKind.Int, add.Type.Kind);
        var left = Assert.IsType<BoundConversion>(add.Left);
        Assert.Equal(ConversionKind.IntegerToInteger, left.Kind);
        var read = Assert.IsType<BoundConversion>(left.Operand);
        Assert.Equal(ConversionKind.LvalueToRvalue, read.Kind);
        Assert.Equal(TypeKind.Char, read.Type.Kind);
        var sym = Assert.IsType<BoundSymbolReference>(read.Operand);
        Assert.Equal("a", sym.Symbol.Name);
        Assert.True(sym.IsLValue);
    }

    [Fact]
    public void UsualArithmeticConversionsPickTheCommonType()
    {
        var unit = Sema.Clean("unsigned u; int i; long l; unsigned long f(void) { return u + i; } long g(void) { return u + l; }");
        Assert.Equal(TypeKind.UInt, ((BoundConversion)ReturnValue(unit, "f")).Operand.Type.Kind);
        var g = ReturnValue(unit, "g");
        Assert.Equal(TypeKind.Long, g.Type.Kind);
    }

    [Fact]
    public void ArrayDecayMarksAddressTakenAndScalarsStayInSlots()
    {
        var unit = Sema.Clean("int f(void) { int a[3]; int n = 0; int *p = a; return p[n] + n; }");
        var f = Sema.Function(unit, "f");
        Assert.True(f.Locals.First(s => s.Name == "a").IsAddressTaken);
        Assert.False(f.Locals.First(s => s.Name == "n").IsAddressTaken);
        Assert.False(f.Locals.First(s => s.Name == "p").IsAddressTaken);
        var decl = f.Body.Statements.OfType<BoundLocalDeclaration>().First(d => d.Symbol.Name == "p");
        var init = Assert.IsType<BoundExpressionInitializer>(decl.Initializer);
        Assert.Equal(ConversionKind.ArrayToPointer, Assert.IsType<BoundConversion>(init.Value).Kind);
    }

    [Fact]
    public void NullPointerConstantConversion()
    {
        var unit = Sema.Clean("int *f(void) { return 0; } void *g(void) { return (void *)0; }");
        var conv = Assert.IsType<BoundConversion>(ReturnValue(unit, "f"));
        Assert.Equal(ConversionKind.NullToPointer, conv.Kind);
    }

    [Fact]
    public void MemberAccessIsSymbolicAndArrowIsADereference()
    {
        var unit = Sema.Clean("struct s { int a; struct { int b; }; } *p; int f(void) { return p->b; }");
        var read = Assert.IsType<BoundConversion>(ReturnValue(unit, "f"));
        var inner = Assert.IsType<BoundMemberAccess>(read.Operand);
        Assert.Equal("b", inner.Member.Name);
        var anon = Assert.IsType<BoundMemberAccess>(inner.Operand);
        Assert.Null(anon.Member.Name);
        Assert.IsType<BoundDereference>(anon.Operand);
    }

    [Fact]
    public void IndexKeepsPointerAndIndex()
    {
        var unit = Sema.Clean("int a[4]; int f(int i) { return i[a]; }");
        var read = Assert.IsType<BoundConversion>(ReturnValue(unit, "f"));
        var ix = Assert.IsType<BoundIndex>(read.Operand);
        Assert.True(ix.Pointer.Type.IsPointer);
        Assert.True(ix.Index.Type.IsInteger);
    }

    [Fact]
    public void CompoundAssignmentRecordsOperationType()
    {
        var unit = Sema.Clean("void f(char c, double d, int *p) { c += d; p += 2; }");
        var stmts = Sema.Function(unit, "f").Body.Statements.OfType<BoundExpressionStatement>().ToList();
        var ca = Assert.IsType<BoundCompoundAssignment>(stmts[0].Expression);
        Assert.Equal(TypeKind.Double, ca.OperationType.Kind);
        Assert.Equal(TypeKind.Char, ca.Type.Kind);
        var pa = Assert.IsType<BoundCompoundAssignment>(stmts[1].Expression);
        Assert.Equal(BoundBinaryOperator.PointerAdd, pa.Operator);
    }

    [Fact]
    public void CallsConvertArgumentsAndPromoteVariadicOnes()
    {
        var unit = Sema.Clean("int printf(const char *, ...); long g(long); int f(char c, float x) { g(c); return printf(\"%d %f\", c, x); }");
        var call = Assert.IsType<BoundCall>(ReturnValue(unit, "f"));
        Assert.Equal(3, call.Arguments.Length);
        Assert.Equal(TypeKind.Int, call.Arguments[1].Type.Kind);
        Assert.Equal(TypeKind.Double, call.Arguments[2].Type.Kind);
    }

    [Fact]
    public void SwitchCollectsItsCasesOnly()
    {
        var unit = Sema.Clean("int f(int x, int y) { switch (x) { case 1: switch (y) { case 7: return 7; } case 2 ... 4: return 2; default: return 0; } }");
        var sw = Sema.Function(unit, "f").Body.Statements.OfType<BoundSwitch>().Single();
        Assert.Equal(2, sw.Cases.Length);
        Assert.True(sw.Cases[1].IsRange);
        Assert.True(sw.HasDefault);
    }

    [Fact]
    public void LabelsResolveAcrossForwardGotos()
    {
        var unit = Sema.Clean("void f(void) { goto end; end: ; }");
        var f = Sema.Function(unit, "f");
        var g = f.Body.Statements.OfType<BoundGoto>().Single();
        var l = f.Body.Statements.OfType<BoundLabeled>().Single();
        Assert.Same(g.Label, l.Label);
        Assert.Single(f.Labels);
    }

    [Fact]
    public void SizeofOfVlaIsNotConstant()
    {
        var unit = Sema.Clean("unsigned long f(int n) { int a[n]; return sizeof a; } unsigned long g(void) { int b[3]; return sizeof b; }");
        var s = Assert.IsType<BoundSizeOf>(ReturnValue(unit, "f"));
        Assert.Null(s.Constant);
        Assert.NotNull(s.Operand);
        var decl = Sema.Function(unit, "f").Body.Statements.OfType<BoundLocalDeclaration>().Single();
        Assert.Single(decl.VlaSizes);
        var t = Assert.IsType<BoundSizeOf>(ReturnValue(unit, "g"));
        Assert.Equal(12, (int)t.Constant!.Value.Integer);
    }

    [Fact]
    public void GenericSelectsByControllingType()
    {
        var unit = Sema.Clean("const char *f(void) { const int c = 0; return _Generic(c, int: \"int\", const int: \"const\", default: \"other\"); }");
        var lit = Assert.IsType<BoundStringLiteral>(StripConversions(ReturnValue(unit, "f")));
        Assert.Equal((byte)'i', lit.Literal.Bytes[0]); // lvalue conversion drops the qualifier
    }

    [Fact]
    public void CompoundLiteralsAreAnonymousObjects()
    {
        var unit = Sema.Clean("int *p = (int[]){ 1, 2, 3 }; int f(void) { int *q = (int[2]){ 4, 5 }; return q[0]; }");
        Assert.Single(unit.CompoundLiterals);
        Assert.Equal(3, ((ArrayType)unit.CompoundLiterals[0].Type).Length);
        Assert.Contains(Sema.Function(unit, "f").Locals, s => s.Kind == SymbolKind.CompoundLiteral);
    }

    [Fact]
    public void StatementExpressionValue()
    {
        var unit = Sema.Clean("int f(void) { return ({ int t = 2; t * 3; }); }");
        var se = Assert.IsType<BoundStatementExpression>(ReturnValue(unit, "f"));
        Assert.Equal(TypeKind.Int, se.Type.Kind);
        Assert.NotNull(se.Result);
    }

    [Fact]
    public void AtomicBuiltinsTakeThePointeeType()
    {
        var unit = Sema.Clean("long v; long f(void) { __atomic_store_n(&v, 1, 5); return __atomic_load_n(&v, 5); }");
        var b = Assert.IsType<BoundBuiltinCall>(ReturnValue(unit, "f"));
        Assert.Equal(BuiltinKind.Atomic, b.Builtin);
        Assert.Equal(TypeKind.Long, b.Type.Kind);
    }

    [Fact]
    public void FuncNameIsAStringOfTheFunctionName()
    {
        var unit = Sema.Clean("const char *f(void) { return __func__; }");
        var lit = Assert.IsType<BoundStringLiteral>(StripConversions(ReturnValue(unit, "f")));
        Assert.Equal(new byte[] { (byte)'f', 0 }, lit.Literal.Bytes);
    }

    [Fact]
    public void LocalLabelsInStatementExpressionsAreDistinct()
    {
        var unit = Sema.Clean("""
            int f(int *a, int n) {
                return ({ __label__ found; int r = -1; for (int i = 0; i < n; i++) if (a[i] < 0) { r = i; goto found; } found: r; })
                     + ({ __label__ found; int r = -1; for (int i = 0; i < n; i++) if (a[i] > 0) { r = i; goto found; } found: r; });
            }
            """);
        var f = Sema.Function(unit, "f");
        Assert.Equal(2, f.Labels.Count(l => l.Name == "found"));
    }

    [Fact]
    public void EveryNodeHasALocation()
    {
        var unit = Sema.Clean("int g; int f(int x) {\n  g = x * 2;\n  return g;\n}");
        var stmt = Sema.Function(unit, "f").Body.Statements.OfType<BoundExpressionStatement>().Single();
        Assert.Equal(2, stmt.Location.Line);
        var assign = Assert.IsType<BoundAssignment>(stmt.Expression);
        Assert.Equal(2, assign.Location.Line);
        Assert.Equal(2, assign.Right.Location.Line);
    }
}

public class MemberLookupTests
{
    [Fact]
    public void BigRecordsFindMembersThroughAnonymousMembers()
    {
        var fields = string.Join(" ", Enumerable.Range(0, 40).Select(i => $"int m{i};"));
        var unit = Sema.Clean($"struct big {{ {fields} union {{ int u1; struct {{ char deep; }}; }}; }} b; int f(void) {{ return b.m39 + b.u1 + b.deep; }}");
        var rec = unit.Records.Single(r => r.Tag == "big");
        Assert.Equal(3, rec.FindMember("deep")!.Value.Length);
        Assert.Equal("m39", rec.FindMember("m39")!.Value[0].Name);
        Assert.Null(rec.FindMember("nope"));
    }
}
