using Altitude.Front.Semantics;
using Altitude.Types;

namespace Altitude.Tests.Semantics;

public class ConstantExpressionTests
{
    private static long ArrayLength(string code, string name) =>
        ((ArrayType)Sema.Global(Sema.Clean(code), name).Type).Length!.Value;

    [Theory]
    [InlineData("char a[sizeof(int) * 2 + 1];", 9)]
    [InlineData("char a[(int)2.5];", 2)]
    [InlineData("enum { A = 1 << 3, B = A | 1 }; char a[B];", 9)]
    [InlineData("char a[-1 < 0u ? 1 : 2];", 2)]
    [InlineData("char a[(unsigned char)300];", 44)]
    [InlineData("char a[1 ? 3 : 4];", 3)]
    [InlineData("int g; char a[0 && g ? 1 : 5];", 5)]
    [InlineData("struct s { int a; char b[4]; }; char a[__builtin_offsetof(struct s, b[2])];", 6)]
    [InlineData("struct s { int a; char b[4]; }; char a[(unsigned long)&((struct s *)0)->b[2]];", 6)]
    [InlineData("struct s { int a; char b[4]; }; char a[(char *)&((struct s *)0)->b - (char *)0];", 4)]
    [InlineData("char a[_Alignof(double)];", 8)]
    [InlineData("char a[sizeof(struct { char c; long double d; })];", 32)]
    [InlineData("char a[__builtin_types_compatible_p(int, const int) + 1];", 2)]
    [InlineData("char a[__builtin_constant_p(3) + 1];", 2)]
    [InlineData("char a['a' - 'A'];", 32)]
    [InlineData("char a[sizeof \"abc\"];", 4)]
    [InlineData("char a[(-7) / 2 + 5];", 2)]
    [InlineData("char a[(-7) % 2 + 5];", 4)]
    [InlineData("char a[(unsigned)-1 >> 28];", 15)]
    [InlineData("char a[_Generic(1L, long: 7, default: 1)];", 7)]
    public void ArraySizes(string code, long length) => Assert.Equal(length, ArrayLength(code, "a"));

    [Fact]
    public void EnumValuesAndUnderlyingTypes()
    {
        var unit = Sema.Clean("enum e { A, B = 10, C, D = -2, E }; enum u { X = 0xffffffff }; enum l { Y = 0x100000000 };");
        var e = unit.Enums.Single(d => d.Tag == "e");
        Assert.Equal(new Int128[] { 0, 10, 11, -2, -1 }, e.Enumerators.Select(x => x.Value).ToArray());
        Assert.Equal(TypeKind.Int, e.Underlying.Kind);
        Assert.Equal(TypeKind.UInt, unit.Enums.Single(d => d.Tag == "u").Underlying.Kind);
        Assert.Equal(TypeKind.ULong, unit.Enums.Single(d => d.Tag == "l").Underlying.Kind);
    }

    [Fact]
    public void StaticInitializersAcceptAddressConstants()
    {
        var unit = Sema.Clean("""
            struct s { int m[5]; } g;
            int *p = &g.m[3];
            char *q = "str" + 1;
            int (*fp)(void);
            int f(void);
            int (*fq)(void) = f;
            long addr = (long)&g;
            double d = 1.0 / 3;
            int i = 3.9;
            static int *r = 0;
            int *s2 = (int *)16;
            """);
        var p = Sema.Global(unit, "p");
        var init = Assert.IsType<BoundExpressionInitializer>(p.Initializer);
        Assert.Equal(12, (int)init.Value.Constant!.Value.Integer);
        Assert.Same(Sema.Global(unit, "g"), init.Value.Constant!.Value.Base);
        var i = Assert.IsType<BoundExpressionInitializer>(Sema.Global(unit, "i").Initializer);
        Assert.Equal(3, (int)i.Value.Constant!.Value.Integer);
    }

    [Fact]
    public void AutomaticAddressIsNotAStaticInitializer()
    {
        Sema.Expect("int *f(void) { int x; static int *p = &x; return p; }", "SEM043", 1);
    }

    [Fact]
    public void OverflowWrapsInUnsignedConstants()
    {
        Assert.Equal(1, ArrayLength("char a[(unsigned char)(255 + 2) ];", "a"));
    }
}

public class ConstObjectFoldingTests
{
    [Fact]
    public void ConstStaticScalarsFoldInStaticInitializersButAreNotIntegerConstants()
    {
        var unit = Sema.Clean("static const int a = 7; static int b = a * 2; int f(void) { int v[a]; return (int)sizeof v; }");
        var b = Assert.IsType<BoundExpressionInitializer>(Sema.Global(unit, "b").Initializer);
        Assert.Equal(14, (int)b.Value.Constant!.Value.Integer);
        var v = Sema.Function(unit, "f").Locals.Single(s => s.Name == "v");
        Assert.True(((ArrayType)v.Type).IsVla);
        Sema.Expect("static const int a = 7;\nint arr[a];", "SEM027", 2);
    }
}
