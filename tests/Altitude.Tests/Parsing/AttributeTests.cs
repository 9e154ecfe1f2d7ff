using Altitude.Front.Parsing;
using static Altitude.Tests.Parsing.ParserTestHelpers;

namespace Altitude.Tests.Parsing;

public class AttributeTests
{
    [Fact]
    public void AttributesInEveryPosition()
    {
        var unit = ParseClean(
            "__attribute__((unused)) static int a __attribute__((aligned(8)));\n" +
            "struct __attribute__((packed)) s { char c; int i __attribute__((aligned(4))); } __attribute__((aligned(16)));\n" +
            "void die(const char *fmt, ...) __attribute__((noreturn, format(printf, 1, 2)));\n" +
            "int f(int x __attribute__((unused)), int *__attribute__((nonnull)) p);\n" +
            "enum __attribute__((packed)) e { A __attribute__((deprecated)) = 1 };\n" +
            "int __attribute__((cold)) g(void) { return 0; }\n");
        var a = (DeclarationSyntax)unit.Declarations[0];
        Assert.Equal("unused", a.Specifiers.Attributes[0].Name);
        Assert.Equal("aligned", a.Declarators[0].Attributes[0].Name);
        Assert.Equal("8", SyntaxPrinter.Print(a.Declarators[0].Attributes[0].Arguments![0]));

        var s = (StructOrUnionSpecifierSyntax)((DeclarationSyntax)unit.Declarations[1]).Specifiers.TypeSpecifiers[0];
        Assert.Equal(["packed", "aligned"], s.Attributes.Select(x => x.Name));
        var field = (FieldDeclarationSyntax)s.Members![1];
        Assert.Equal("aligned", field.Declarators[0].Attributes[0].Name);

        var die = (DeclarationSyntax)unit.Declarations[2];
        Assert.Equal(["noreturn", "format"], die.Declarators[0].Attributes.Select(x => x.Name));
        Assert.Equal("printf, 1, 2", string.Join(", ", die.Declarators[0].Attributes[1].Arguments!.Select(SyntaxPrinter.Print)));

        var f = (FunctionDeclaratorSyntax)((DeclarationSyntax)unit.Declarations[3]).Declarators[0].Declarator;
        Assert.Equal("unused", f.Parameters[0].Attributes[0].Name);
        Assert.Equal("nonnull", ((PointerDeclaratorSyntax)f.Parameters[1].Declarator).Attributes[0].Name);

        var e = (EnumSpecifierSyntax)((DeclarationSyntax)unit.Declarations[4]).Specifiers.TypeSpecifiers[0];
        Assert.Equal("packed", e.Attributes[0].Name);
        Assert.Equal("deprecated", e.Enumerators![0].Attributes[0].Name);

        var g = (FunctionDefinitionSyntax)unit.Declarations[5];
        Assert.Equal("cold", g.Specifiers.Attributes[0].CanonicalName);
    }

    [Fact]
    public void DoubleUnderscoreNamesAndKeywordNames()
    {
        var d = (DeclarationSyntax)ParseClean("int f(void) __attribute__((__const__, __packed__, const));").Declarations[0];
        Assert.Equal(["const", "packed", "const"], d.Declarators[0].Attributes.Select(a => a.CanonicalName));
    }

    [Fact]
    public void UnparsableArgumentsAreSkipped()
    {
        var d = (DeclarationSyntax)ParseClean("int x __attribute__((weird(:: +), used));").Declarations[0];
        Assert.True(d.Declarators[0].Attributes[0].ArgumentsUnparsed);
        Assert.Equal("used", d.Declarators[0].Attributes[1].Name);
    }

    [Fact]
    public void EmptyAttributeListsAndCommas()
    {
        var d = (DeclarationSyntax)ParseClean("int x __attribute__(()) __attribute__((,unused,));").Declarations[0];
        Assert.Equal(["unused"], d.Declarators[0].Attributes.Select(a => a.Name));
    }

    [Fact]
    public void AttributeBeforeLocalDeclaration()
    {
        var items = Body("void f(void) { __attribute__((unused)) int x; }");
        var d = Assert.IsType<DeclarationSyntax>(items[0]);
        Assert.Equal("unused", d.Specifiers.Attributes[0].Name);
    }
}

public class DeclaratorAttributeTests
{
    [Fact]
    public void AttributesInsideParenthesizedDeclarators()
    {
        var d = (DeclarationSyntax)ParserTestHelpers.ParseClean("void (__attribute__((noreturn)) *f)(void); int (__attribute__((unused)) x);").Declarations[0];
        var function = (FunctionDeclaratorSyntax)d.Declarators[0].Declarator;
        var pointer = (PointerDeclaratorSyntax)function.Inner;
        Assert.Equal("noreturn", pointer.Attributes[0].Name);
        var x = (DeclarationSyntax)ParserTestHelpers.ParseClean("int (__attribute__((unused)) x);").Declarations[0];
        Assert.Equal("unused", ((IdentifierDeclaratorSyntax)x.Declarators[0].Declarator).Attributes[0].Name);
    }

    [Fact]
    public void AttributeBetweenPointerAndName()
    {
        var d = (DeclarationSyntax)ParserTestHelpers.ParseClean("char *__attribute__((aligned(8))) p, q __attribute__((unused));").Declarations[0];
        Assert.Equal("aligned", ((PointerDeclaratorSyntax)d.Declarators[0].Declarator).Attributes[0].Name);
        Assert.Equal("unused", d.Declarators[1].Attributes[0].Name);
    }
}
