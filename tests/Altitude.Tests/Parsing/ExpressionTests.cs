using Altitude.Front.Parsing;
using static Altitude.Tests.Parsing.ParserTestHelpers;

namespace Altitude.Tests.Parsing;

public class ExpressionTests
{
    [Theory]
    [InlineData("a + b * c", "(+ a (* b c))")]
    [InlineData("a - b - c", "(- (- a b) c)")]
    [InlineData("a = b = c", "(= a (= b c))")]
    [InlineData("a || b && c | d ^ e & f == g < h << i + j * k", "(|| a (&& b (| c (^ d (& e (== f (< g (<< h (+ i (* j k))))))))))")]
    [InlineData("a ? b : c ? d : e", "(? a b (? c d e))")]
    [InlineData("a ?: b", "(? a _ b)")]
    [InlineData("a, b = 1, c", "(, (, a (= b 1)) c)")]
    [InlineData("x += y <<= 2", "(+= x (<<= y 2))")]
    [InlineData("-*p++", "(- (* (post++ p)))")]
    [InlineData("!~-+x", "(! (~ (- (+ x))))")]
    [InlineData("&a[3].b->c", "(& (-> (. (index a 3) b) c))")]
    [InlineData("f(1, g(2), (3, 4))()", "(call (call f 1 (call g 2) (, 3 4)))")]
    [InlineData("++x--", "(++pre (post-- x))")]
    [InlineData("(int)x + 1", "(+ (cast (type _: int) x) 1)")]
    [InlineData("(char *)(long)p", "(cast (type _: pointer to char) (cast (type _: long) p))")]
    [InlineData("sizeof x + 1", "(+ (sizeof x) 1)")]
    [InlineData("sizeof(int[3])", "(sizeof (type _: array[3] of int))")]
    [InlineData("_Alignof(double)", "(_Alignof (type _: double))")]
    [InlineData("__alignof__ x", "(_Alignof x)")]
    [InlineData("(struct p){ .x = 1, 2 }.x", "(. (literal (type _: (struct p)) { .x = 1, 2 }) x)")]
    [InlineData("\"a\" \"b\" L\"c\"", "\"a\" \"b\" L\"c\"")]
    [InlineData("1.5e3f + 'a' + 0x1p-3", "(+ (+ 1.5e3f 'a') 0x1p-3)")]
    [InlineData("__real__ z + __imag__ z", "(+ (__real__ z) (__imag__ z))")]
    [InlineData("__extension__ 1 + 2", "(+ 1 2)")]
    [InlineData("({ int t = 1; t; })", "(stmt-expr { (decl int [t: T = 1]) t; })")]
    [InlineData("_Generic(x, int: 1, char *: 2, default: 3)", "(_Generic x [(type _: int): 1] [(type _: pointer to char): 2] [default: 3])")]
    [InlineData("__builtin_va_arg(ap, int *)", "(va_arg ap (type _: pointer to int))")]
    [InlineData("__builtin_offsetof(struct s, a.b[2].c)", "(offsetof (type _: (struct s)) .a.b[2].c)")]
    [InlineData("__builtin_types_compatible_p(int, long)", "(types_compatible_p (type _: int) (type _: long))")]
    [InlineData("&&lbl", "&&lbl")]
    [InlineData("a < b > c", "(> (< a b) c)")]
    public void Expressions(string source, string expected) => Assert.Equal(expected, DumpExpression(source));

    [Fact]
    public void ConstantsAreClassifiedButKeepTheirSpelling()
    {
        var items = Body("void f(void) { 10; 0x1F; 1.; .5; 1e3; 0x1p3; 'x'; 0x1e5; }");
        var kinds = items.Cast<ExpressionStatementSyntax>().Select(s => ((ConstantExpressionSyntax)s.Expression).Kind).ToArray();
        Assert.Equal(
            [ConstantKind.Integer, ConstantKind.Integer, ConstantKind.Floating, ConstantKind.Floating, ConstantKind.Floating,
             ConstantKind.Floating, ConstantKind.Character, ConstantKind.Integer], kinds);
    }

    [Fact]
    public void OperatorLocationsPointAtTheOperator()
    {
        var e = Parser.ParseExpression(Lex("a +\n  b * c"), new())!;
        var add = Assert.IsType<BinaryExpressionSyntax>(e);
        Assert.Equal((1, 3), (add.Location.Line, add.Location.Column));
        Assert.Equal((2, 5), (add.Right.Location.Line, add.Right.Location.Column));
    }

    [Fact]
    public void StringLiteralSequenceKeepsEveryPart()
    {
        var e = Assert.IsType<StringLiteralExpressionSyntax>(Parser.ParseExpression(Lex("\"a\"\n\"b\" u8\"c\""), new()));
        Assert.Equal(["\"a\"", "\"b\"", "u8\"c\""], e.Parts.Select(p => p.Text));
    }

    [Fact]
    public void TypedefNamesCanBeSuppliedToExpressionParsing()
    {
        var bag = new Altitude.Diagnostics.DiagnosticBag();
        var e = Parser.ParseExpression(Lex("(T)x"), bag, null, ["T"]);
        Assert.IsType<CastExpressionSyntax>(e);
    }
}

public class ExpressionEntryPointTests
{
    [Theory]
    [InlineData("a +", "SYN002")]
    [InlineData("f(1", "SYN003")]
    [InlineData("a b", "SYN003")]
    [InlineData("", "SYN002")]
    public void InvalidExpressionsReturnNullWithADiagnostic(string text, string id)
    {
        var bag = new Altitude.Diagnostics.DiagnosticBag();
        Assert.Null(Parser.ParseExpression(ParserTestHelpers.Lex(text), bag));
        Assert.Equal(id, bag.Items[0].Id);
    }
}
