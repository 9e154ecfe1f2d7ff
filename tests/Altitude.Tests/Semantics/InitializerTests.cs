using Altitude.Front.Semantics;
using Altitude.Types;

namespace Altitude.Tests.Semantics;

public class InitializerTests
{
    private static BoundAggregateInitializer Agg(string code, string name) =>
        Assert.IsType<BoundAggregateInitializer>(Sema.Global(Sema.Clean(code), name).Initializer);

    private static long Int(BoundInitializer i) => (long)Assert.IsType<BoundExpressionInitializer>(i).Value.Constant!.Value.Integer;

    [Fact]
    public void BraceElisionFillsSubAggregates()
    {
        var x = Agg("struct { int a[2]; int b; } x = { 1, 2, 3 };", "x");
        Assert.Equal(2, x.Entries.Length);
        var a = Assert.IsType<BoundAggregateInitializer>(x.Entries[0].Value);
        Assert.Equal("a", x.Entries[0].Member!.Name);
        Assert.Equal(new long[] { 1, 2 }, a.Entries.Select(e => Int(e.Value)).ToArray());
        Assert.Equal(3, Int(x.Entries[1].Value));
    }

    [Fact]
    public void DesignatorsContinueFromTheDesignatedElement()
    {
        var a = Agg("int a[5] = { [3] = 1, 2 };", "a");
        Assert.Equal(new long[] { 3, 4 }, a.Entries.Select(e => e.Index).ToArray());
        Assert.Equal(2, Int(a.Entries[1].Value));
    }

    [Fact]
    public void RangeDesignatorWithMemberReachesEveryElementOfTheRange()
    {
        var row = Agg("struct cell { int value; char mark; } row[6] = { [3 ... 5].mark = 'b', [5].value = 9 };", "row");
        Assert.Equal(new long[] { 3, 4, 5 }, row.Entries.Select(e => e.Index).ToArray());
        foreach (var entry in row.Entries)
        {
            var cell = Assert.IsType<BoundAggregateInitializer>(entry.Value);
            Assert.Contains(cell.Entries, e => e.Member!.Name == "mark" && Int(e.Value) == 'b');
        }
        var last = Assert.IsType<BoundAggregateInitializer>(row.Entries[2].Value);
        Assert.Contains(last.Entries, e => e.Member!.Name == "value" && Int(e.Value) == 9);
    }

    [Fact]
    public void UnknownSizeArrayTakesItsLengthFromTheInitializer()
    {
        var unit = Sema.Clean("int a[] = { [9] = 1 }; char s[] = \"abc\"; int m[][2] = { 1, 2, 3 };");
        Assert.Equal(10, ((ArrayType)Sema.Global(unit, "a").Type).Length);
        Assert.Equal(4, ((ArrayType)Sema.Global(unit, "s").Type).Length);
        Assert.Equal(2, ((ArrayType)Sema.Global(unit, "m").Type).Length);
    }

    [Fact]
    public void StringInitializersForCharArrays()
    {
        var unit = Sema.Clean("char s[3] = \"abc\"; char t[8] = { \"hi\" }; struct { char n[4]; int v; } r = { \"ab\", 7 };");
        Assert.IsType<BoundStringInitializer>(Sema.Global(unit, "s").Initializer);
        Assert.IsType<BoundStringInitializer>(Sema.Global(unit, "t").Initializer);
        var r = Assert.IsType<BoundAggregateInitializer>(Sema.Global(unit, "r").Initializer);
        Assert.IsType<BoundStringInitializer>(r.Entries[0].Value);
        Assert.Equal(7, Int(r.Entries[1].Value));
    }

    [Fact]
    public void UnionInitializerHasOneMember()
    {
        var u = Agg("union { int i; char c; } u = { .c = 1 };", "u");
        Assert.Equal("c", Assert.Single(u.Entries).Member!.Name);
        var v = Agg("union { int i; char c; } v = { 5 };", "v");
        Assert.Equal("i", Assert.Single(v.Entries).Member!.Name);
    }

    [Fact]
    public void NestedDesignatorsAndAnonymousMembers()
    {
        var x = Agg("struct { struct { int p, q; } in; union { int a; float b; }; int z; } x = { .in.q = 2, .b = 1.5f, 9 };", "x");
        Assert.Equal(3, x.Entries.Length);
        var inner = Assert.IsType<BoundAggregateInitializer>(x.Entries[0].Value);
        Assert.Equal("q", Assert.Single(inner.Entries).Member!.Name);
        var anon = Assert.IsType<BoundAggregateInitializer>(x.Entries[1].Value);
        Assert.Equal("b", Assert.Single(anon.Entries).Member!.Name);
        Assert.Equal(9, Int(x.Entries[2].Value));
    }

    [Fact]
    public void GnuRangeDesignator()
    {
        var a = Agg("int a[10] = { [2 ... 5] = 7 };", "a");
        var e = Assert.Single(a.Entries);
        Assert.Equal(2, e.Index);
        Assert.Equal(4, e.Count);
    }

    [Fact]
    public void StructInitializedFromAnotherStruct()
    {
        var unit = Sema.Clean("struct s { int a; }; int f(struct s v) { struct s w = v; struct s arr[2] = { v, v }; return w.a + arr[1].a; }");
        var decl = Sema.Function(unit, "f").Body.Statements.OfType<BoundLocalDeclaration>().First(d => d.Symbol.Name == "arr");
        var agg = Assert.IsType<BoundAggregateInitializer>(decl.Initializer);
        Assert.Equal(2, agg.Entries.Length);
        Assert.IsType<BoundExpressionInitializer>(agg.Entries[0].Value);
    }

    [Fact]
    public void ScalarInBracesAndImplicitConversion()
    {
        var unit = Sema.Clean("double d = { 3 }; char c = 65;");
        var d = Assert.IsType<BoundExpressionInitializer>(Sema.Global(unit, "d").Initializer);
        Assert.Equal(3.0, d.Value.Constant!.Value.Float);
        Assert.Equal(ConversionKind.IntegerToFloat, Assert.IsType<BoundConversion>(d.Value).Kind);
    }

    [Fact]
    public void ExcessArrayElementsWarnButCompile()
    {
        var (_, bag) = Sema.Analyze("int a[2] = { 1, 2, 3 };");
        Assert.False(bag.HasErrors);
        Assert.Contains(bag.Items, d => d.Id == "SEM046");
    }
}

public class FlexibleArrayInitializerTests
{
    [Fact]
    public void StaticFlexibleArrayMemberTakesItsLengthFromTheInitializer()
    {
        var unit = Sema.Clean("struct table { int n; int items[]; }; static struct table t = { 4, { 10, 20, 30, 40 } };");
        var agg = Assert.IsType<BoundAggregateInitializer>(Sema.Global(unit, "t").Initializer);
        var items = Assert.IsType<BoundAggregateInitializer>(agg.Entries[1].Value);
        Assert.Equal(4, ((ArrayType)items.Type).Length);
    }

    [Fact]
    public void AutomaticFlexibleArrayMemberInitializerIsAnError() =>
        Sema.Expect("struct table { int n; int items[]; };\nvoid f(void) { struct table t = { 1, { 2 } }; (void)t; }", "SEM044", 2);
}

public class DesignatorOverrideTests
{
    [Fact]
    public void DesignatorUpdatesAnEarlierBracedSubObject()
    {
        var unit = Sema.Clean("struct { int a[3]; } x = { .a = { 1, 2, 3 }, .a[1] = 5 };");
        var agg = Assert.IsType<BoundAggregateInitializer>(Sema.Global(unit, "x").Initializer);
        var a = Assert.IsType<BoundAggregateInitializer>(Assert.Single(agg.Entries).Value);
        var values = a.Entries.Select(e => (long)((BoundExpressionInitializer)e.Value).Value.Constant!.Value.Integer).ToArray();
        Assert.Equal(new long[] { 1, 5, 3 }, values);
    }
}
