using System.Collections.Immutable;
using Altitude.Types;
using Q = Altitude.Types.TypeQualifiers;

namespace Altitude.Tests.Types;

public class TypeRulesTests
{
    private static readonly CType I = BasicType.Int;

    [Fact]
    public void CharIsDistinctFromSignedChar()
    {
        Assert.False(TypeRules.AreCompatible(BasicType.Char, BasicType.SChar));
        Assert.False(TypeRules.AreCompatible(BasicType.Char, BasicType.UChar));
        Assert.True(TypeRules.AreCompatible(BasicType.Char, BasicType.Char));
    }

    [Fact]
    public void QualifiersMatterForCompatibility()
    {
        Assert.False(TypeRules.AreCompatible(I.WithQualifiers(Q.Const), I));
        Assert.True(TypeRules.AreCompatible(new PointerType(I.WithQualifiers(Q.Const)), new PointerType(I.WithQualifiers(Q.Const))));
        Assert.False(TypeRules.AreCompatible(new PointerType(I.WithQualifiers(Q.Const)), new PointerType(I)));
    }

    [Fact]
    public void EnumIsCompatibleWithItsUnderlyingType()
    {
        var d = new EnumDecl("e", default, 1);
        d.Complete([new Enumerator("A", 0, default), new Enumerator("B", 5, default)]);
        Assert.Equal(TypeKind.UInt, d.Underlying.Kind);
        Assert.True(TypeRules.AreCompatible(new EnumType(d), BasicType.UInt));
        Assert.False(TypeRules.AreCompatible(new EnumType(d), BasicType.Int));
        var n = new EnumDecl("n", default, 2);
        n.Complete([new Enumerator("M", -1, default)]);
        Assert.Equal(TypeKind.Int, n.Underlying.Kind);
    }

    [Fact]
    public void ArraysOfUnknownSizeAreCompatibleAndCompositeTakesTheLength()
    {
        var a = new ArrayType(I, null);
        var b = new ArrayType(I, 3);
        Assert.True(TypeRules.AreCompatible(a, b));
        Assert.False(TypeRules.AreCompatible(new ArrayType(I, 2), b));
        Assert.Equal(3, ((ArrayType)TypeRules.Composite(a, b)).Length);
    }

    [Fact]
    public void PrototypeAndOldStyleDeclarationCompatibility()
    {
        var old = new FunctionType(I, [], false, false);
        var withInt = new FunctionType(I, [new ParameterType(I, "x")], false, true);
        var withChar = new FunctionType(I, [new ParameterType(BasicType.Char, "c")], false, true);
        var variadic = new FunctionType(I, [new ParameterType(I, "x")], true, true);
        Assert.True(TypeRules.AreCompatible(old, withInt));
        Assert.False(TypeRules.AreCompatible(old, withChar)); // char is changed by the default promotions
        Assert.False(TypeRules.AreCompatible(old, variadic));
        var composite = (FunctionType)TypeRules.Composite(old, withInt);
        Assert.True(composite.HasPrototype);
        Assert.Single(composite.Parameters);
    }

    [Fact]
    public void IntegerPromotions()
    {
        Assert.Equal(TypeKind.Int, TypeRules.Promote(BasicType.UChar).Kind);
        Assert.Equal(TypeKind.Int, TypeRules.Promote(BasicType.UShort).Kind);
        Assert.Equal(TypeKind.Int, TypeRules.Promote(BasicType.Bool).Kind);
        Assert.Equal(TypeKind.UInt, TypeRules.Promote(BasicType.UInt).Kind);
        Assert.Equal(TypeKind.Long, TypeRules.Promote(BasicType.Long).Kind);
        Assert.Equal(TypeKind.Int, TypeRules.PromoteBitField(BasicType.UInt, 31).Kind);
        Assert.Equal(TypeKind.UInt, TypeRules.PromoteBitField(BasicType.UInt, 32).Kind);
        Assert.Equal(TypeKind.Double, TypeRules.DefaultArgumentPromotion(BasicType.Float).Kind);
    }

    [Theory]
    [InlineData(TypeKind.UInt, TypeKind.Int, TypeKind.UInt)]
    [InlineData(TypeKind.UInt, TypeKind.Long, TypeKind.Long)]
    [InlineData(TypeKind.ULong, TypeKind.LongLong, TypeKind.ULongLong)]
    [InlineData(TypeKind.Char, TypeKind.UShort, TypeKind.Int)]
    [InlineData(TypeKind.Long, TypeKind.Float, TypeKind.Float)]
    [InlineData(TypeKind.Double, TypeKind.LongDouble, TypeKind.LongDouble)]
    [InlineData(TypeKind.ULong, TypeKind.Long, TypeKind.ULong)]
    [InlineData(TypeKind.Int128, TypeKind.ULong, TypeKind.Int128)]
    public void UsualArithmeticConversions(TypeKind a, TypeKind b, TypeKind expected)
    {
        Assert.Equal(expected, TypeRules.UsualArithmeticConversions(BasicType.Of(a), BasicType.Of(b)).Kind);
        Assert.Equal(expected, TypeRules.UsualArithmeticConversions(BasicType.Of(b), BasicType.Of(a)).Kind);
    }

    [Fact]
    public void RankOrdersIntegerTypes()
    {
        Assert.True(TypeRules.Rank(BasicType.Bool) < TypeRules.Rank(BasicType.Char));
        Assert.Equal(TypeRules.Rank(BasicType.Char), TypeRules.Rank(BasicType.UChar));
        Assert.True(TypeRules.Rank(BasicType.Long) < TypeRules.Rank(BasicType.LongLong));
    }

    [Fact]
    public void TruncateWrapsLikeTheTarget()
    {
        Assert.Equal(-1, (int)TypeRules.Truncate(255, BasicType.SChar));
        Assert.Equal(255, (int)TypeRules.Truncate(-1, BasicType.UChar));
        Assert.Equal(uint.MaxValue, (uint)TypeRules.Truncate(-1, BasicType.UInt));
        Assert.Equal(1, (int)TypeRules.Truncate(42, BasicType.Bool));
    }

    [Fact]
    public void PrintsTypesInCSyntax()
    {
        var decl = new RecordDecl("s", false, default, 1);
        Assert.Equal("struct s *", new PointerType(new RecordType(decl)).ToString());
        var fn = new FunctionType(I, [new ParameterType(I, null)], false, true);
        Assert.Equal("int (*)(int)", new PointerType(fn).ToString());
        Assert.Equal("char[3]", new ArrayType(BasicType.Char, 3).ToString());
        Assert.Equal("const char *", new PointerType(BasicType.Char.WithQualifiers(Q.Const)).ToString());
        Assert.Equal("int * const", new PointerType(I).WithQualifiers(Q.Const).ToString());
        var vfn = new FunctionType(BasicType.Void, [], false, true);
        Assert.Equal("void (*[3])(void)", new ArrayType(new PointerType(vfn), 3).ToString());
        Assert.Equal("int (*)[4]", new PointerType(new ArrayType(I, 4)).ToString());
        Assert.Equal("long unsigned int", BasicType.ULong.ToString());
        Assert.Equal("int(int, ...)", new FunctionType(I, [new ParameterType(I, null)], true, true).ToString());
    }

    [Fact]
    public void UniqtypeNamesFollowLiballocs()
    {
        Assert.Equal("int$$32", UniqtypeNames.Of(I));
        Assert.Equal("unsigned_int$$32", UniqtypeNames.Of(BasicType.UInt));
        Assert.Equal("signed_char$$8", UniqtypeNames.Of(BasicType.SChar));
        Assert.Equal("signed_char$$8", UniqtypeNames.Of(BasicType.Char));
        Assert.Equal("double$$64", UniqtypeNames.Of(BasicType.Double));
        Assert.Equal("__PTR_int$$32", UniqtypeNames.Of(new PointerType(I.WithQualifiers(Q.Const))));
        Assert.Equal("__ARR10_int$$32", UniqtypeNames.Of(new ArrayType(I, 10)));
        Assert.Equal("__ARR0_int$$32", UniqtypeNames.Of(new ArrayType(I, null)));
        var fn = new FunctionType(I, [new ParameterType(I, null), new ParameterType(new PointerType(BasicType.Char), null)], false, true);
        Assert.Equal("__FUN_FROM___ARG0_int$$32__ARG1___PTR_signed_char$$8__FUN_TO_int$$32", UniqtypeNames.Of(fn));
        var decl = new RecordDecl("point", false, default, 1);
        decl.Complete([new Field("x", I, null, default), new Field("y", I, null, default)], false, 0);
        Assert.Equal("__PTR_point", UniqtypeNames.Of(new PointerType(new RecordType(decl))));
        var anon = new RecordDecl(null, true, default, 2);
        anon.Complete([new Field("x", I, null, default)], false, 0);
        Assert.StartsWith("__anon_union_", UniqtypeNames.Of(new RecordType(anon)));
    }

    [Fact]
    public void BasicSizesAndAlignments()
    {
        Assert.Equal(16, TypeLayout.SizeOf(BasicType.LongDouble));
        Assert.Equal(16, TypeLayout.AlignOf(BasicType.LongDouble));
        Assert.Equal(1, TypeLayout.SizeOf(BasicType.Bool));
        Assert.Equal(8, TypeLayout.SizeOf(new PointerType(BasicType.Void)));
        Assert.Equal(40, TypeLayout.SizeOf(new ArrayType(I, 10)));
        Assert.Equal(4, TypeLayout.AlignOf(new ArrayType(I, 10)));
    }
}
