using Altitude.Front.Parsing;
using static Altitude.Tests.Parsing.ParserTestHelpers;

namespace Altitude.Tests.Parsing;

public class DeclarationTests
{
    [Fact]
    public void SpecifiersAreKeptInOrder()
    {
        var d = (DeclarationSyntax)ParseClean("static __inline__ const long unsigned long volatile x;").Declarations[0];
        Assert.Equal([BasicTypeKeyword.Long, BasicTypeKeyword.Unsigned, BasicTypeKeyword.Long],
            d.Specifiers.TypeSpecifiers.Cast<BasicTypeSpecifierSyntax>().Select(t => t.Keyword));
        Assert.Equal(TypeQualifiers.Const | TypeQualifiers.Volatile, d.Specifiers.Qualifiers);
        Assert.Equal(FunctionSpecifiers.Inline, d.Specifiers.FunctionSpecifiers);
        Assert.True(d.Specifiers.Has(StorageClass.Static));
    }

    [Fact]
    public void StructUnionEnumSpecifiers()
    {
        Assert.Equal(
            "(decl (struct s { (field int [a: T] [b: pointer to T]) (field unsigned [f: T : 3] [_ : 0]) (field (union { (field int [i: T]) (field float [x: T]) })) (static_assert 1) }))",
            Dump("struct s { int a, *b; unsigned f : 3, : 0; union { int i; float x; }; _Static_assert(1); };"));
    }

    [Fact]
    public void EnumWithValuesAndTrailingComma()
    {
        Assert.Equal("(decl (enum color { red green=5 blue (attrs deprecated) }) [c: T])",
            Dump("enum color { red, green = 5, blue __attribute__((deprecated)), } c;"));
    }

    [Fact]
    public void ForwardDeclarationsAndReferences()
    {
        Assert.Equal("(decl (struct s))\n(decl (struct s) [p: pointer to T])\n(decl (enum e) [v: T])",
            Dump("struct s; struct s *p; enum e v;"));
    }

    [Fact]
    public void InitializersWithDesignators()
    {
        Assert.Equal("(decl int [a: array[10] of T = { [0] = 1, [2 ... 5] = 2, [9] = 3, 4 }])",
            Dump("int a[10] = { [0] = 1, [2 ... 5] = 2, [9] 3, 4 };"));
        Assert.Equal("(decl (struct p) [q: T = { .x = 1, .y.z[1] = { 2, 3 }, .w = 4 }])",
            Dump("struct p q = { .x = 1, .y.z[1] = { 2, 3, }, w: 4 };"));
        var (unit, bag) = ParseWithDiagnostics("int e[] = {};");
        Assert.Equal("(decl int [e: array[] of T = { }])", SyntaxPrinter.Print(unit.Declarations[0]));
        Assert.Equal(("SYN027", Diagnostics.DiagnosticSeverity.Warning), (bag.Items[0].Id, bag.Items[0].Severity));
    }

    [Fact]
    public void KnrFunctionDefinition()
    {
        var f = Assert.IsType<FunctionDefinitionSyntax>(ParseClean("int add(a, b) int a; char *b; { return a + *b; }").Declarations[0]);
        var fd = (FunctionDeclaratorSyntax)f.Declarator;
        Assert.Equal(["a", "b"], fd.IdentifierList!.Select(i => i.Name));
        Assert.Equal(2, f.KnrDeclarations.Count);
        Assert.Equal("(decl char [b: pointer to T])", SyntaxPrinter.Print(f.KnrDeclarations[1]));
    }

    [Fact]
    public void KnrParameterTypesMayBeTypedefs()
    {
        var f = (FunctionDefinitionSyntax)ParseClean("typedef int T; int g(a, b) T a; T *b; { T c = a; return c * *b; }").Declarations[1];
        Assert.Equal("(decl T [b: pointer to T])", SyntaxPrinter.Print(f.KnrDeclarations[1]));
        Assert.IsType<DeclarationSyntax>(f.Body.Items[0]);
    }

    [Fact]
    public void TypedefNameInParameterListIsAPrototype()
    {
        // C17 6.7.6.3p11: an identifier that can be a typedef name is taken as one.
        var d = (DeclarationSyntax)ParseClean("typedef int T; int g(T);").Declarations[1];
        var fd = (FunctionDeclaratorSyntax)d.Declarators[0].Declarator;
        Assert.True(fd.HasPrototype);
        Assert.Null(fd.Parameters[0].Declarator.DeclaredName);
    }

    [Fact]
    public void ImplicitIntIsAcceptedWithWarnings()
    {
        var (unit, bag) = ParseWithDiagnostics("static x; f() { return 0; } main(argc, argv) char **argv; { register r = 1; return r; }");
        Assert.False(bag.HasErrors, string.Join("\n", bag.Items));
        Assert.Equal(4, bag.Items.Count(d => d.Id == "SYN010"));
        var x = (DeclarationSyntax)unit.Declarations[0];
        Assert.True(x.Specifiers.IsImplicitInt);
        Assert.IsType<FunctionDefinitionSyntax>(unit.Declarations[1]);
        Assert.IsType<FunctionDefinitionSyntax>(unit.Declarations[2]);
    }

    [Fact]
    public void EmptyFileScopeDeclarationWarns()
    {
        var (unit, bag) = ParseWithDiagnostics("; int x;;");
        Assert.False(bag.HasErrors);
        Assert.Equal(2, bag.Items.Count(d => d.Id == "SYN011"));
        Assert.Equal(3, unit.Declarations.Count);
        Assert.IsType<EmptyDeclarationSyntax>(unit.Declarations[0]);
    }

    [Fact]
    public void ExtensionBeforeDeclarations()
    {
        Assert.Equal("(decl typedef long long [ll: T])\n(decl (struct { (field (union { (field int [a: T]) })) }) [s: T])",
            Dump("__extension__ typedef long long ll; struct { __extension__ union { int a; }; } s;"));
    }

    [Fact]
    public void AsmLabelsAndFileScopeAsm()
    {
        var unit = ParseClean("int foo(void) __asm__(\"bar\") __attribute__((pure)); asm(\".globl x\");");
        var d = (DeclarationSyntax)unit.Declarations[0];
        Assert.Equal("\"bar\"", d.Declarators[0].AsmLabel!.Parts[0].Text);
        Assert.Equal("pure", d.Declarators[0].Attributes[0].Name);
        Assert.IsType<AsmDeclarationSyntax>(unit.Declarations[1]);
    }

    [Fact]
    public void TypeofAlignasAtomicAutoType()
    {
        Assert.Equal("(decl (typeof x) [y: T])\n(decl (typeof (type _: pointer to int)) [z: T])\n(decl _Alignas(16) int [a: T])\n(decl _Alignas((type _: double)) char [b: T])\n(decl (_Atomic (type _: int)) [c: T])\n(decl _Atomic int [d: T])",
            Dump("int x; __typeof__(x) y; typeof(int *) z; _Alignas(16) int a; _Alignas(double) char b; _Atomic(int) c; _Atomic int d;").Split('\n', 2)[1]);
        var items = Body("void f(void) { __auto_type v = 1; }");
        Assert.Equal("(decl __auto_type [v: T = 1])", SyntaxPrinter.Print(items[0]));
    }

    [Fact]
    public void StrictModeTreatsAsmAndTypeofAsIdentifiers()
    {
        var (unit, bag) = ParseWithDiagnostics("int typeof; int asm = 1; __typeof__(asm) b;", new ParserOptions { GnuKeywords = false });
        Assert.False(bag.HasErrors, string.Join("\n", bag.Items));
        Assert.Equal(3, unit.Declarations.Count);
        Assert.Equal(Front.Lexing.TokenKind.Identifier, Keywords.Classify("typeof", gnuKeywords: false));
        Assert.Equal(Front.Lexing.TokenKind.KwTypeof, Keywords.Classify("typeof"));
        Assert.Equal(Front.Lexing.TokenKind.KwRestrict, Keywords.Classify("__restrict__", gnuKeywords: false));
    }

    [Fact]
    public void NestedFunctionDefinitionIsParsedForSemanticsToReject()
    {
        var items = Body("void f(void) { int g(void) { return 1; } }");
        Assert.IsType<FunctionDefinitionSyntax>(items[0]);
    }

    [Fact]
    public void FunctionDefinitionParametersAreDeclaredInBody()
    {
        var f = (FunctionDefinitionSyntax)ParseClean("typedef int a; void (*signal(int a, void (*h)(int)))(int) { a * 2; }").Declarations[1];
        Assert.Equal("(* a 2);", SyntaxPrinter.Print(f.Body.Items[0]));
    }
}
