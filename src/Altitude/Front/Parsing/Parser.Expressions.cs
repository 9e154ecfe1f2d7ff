using Altitude.Front.Lexing;
using Altitude.Text;

namespace Altitude.Front.Parsing;

public sealed partial class Parser
{
    // expression: assignment-expression | expression , assignment-expression
    private ExpressionSyntax ParseExpressionRule()
    {
        var left = ParseAssignmentExpression();
        while (Kind == TokenKind.Comma)
        {
            var loc = Advance().Location;
            var right = ParseAssignmentExpression();
            left = new BinaryExpressionSyntax(loc, BinaryOperator.Comma, left, right);
        }
        return left;
    }

    // assignment-expression: conditional-expression | unary-expression assignment-operator assignment-expression
    private ExpressionSyntax ParseAssignmentExpression()
    {
        var left = ParseConditionalExpression();
        var op = AssignmentOperatorOf(Kind);
        if (op is null) return left;
        var loc = Advance().Location;
        using (Nest())
        {
            var right = ParseAssignmentExpression();
            return new AssignmentExpressionSyntax(loc, op.Value, left, right);
        }
    }

    private static AssignmentOperator? AssignmentOperatorOf(TokenKind k) => k switch
    {
        TokenKind.Equal => AssignmentOperator.Assign,
        TokenKind.StarEqual => AssignmentOperator.MultiplyAssign,
        TokenKind.SlashEqual => AssignmentOperator.DivideAssign,
        TokenKind.PercentEqual => AssignmentOperator.RemainderAssign,
        TokenKind.PlusEqual => AssignmentOperator.AddAssign,
        TokenKind.MinusEqual => AssignmentOperator.SubtractAssign,
        TokenKind.LessLessEqual => AssignmentOperator.ShiftLeftAssign,
        TokenKind.GreaterGreaterEqual => AssignmentOperator.ShiftRightAssign,
        TokenKind.AmpEqual => AssignmentOperator.BitwiseAndAssign,
        TokenKind.CaretEqual => AssignmentOperator.BitwiseXorAssign,
        TokenKind.PipeEqual => AssignmentOperator.BitwiseOrAssign,
        _ => null,
    };

    // conditional-expression: logical-OR-expression | logical-OR-expression ? expression : conditional-expression
    private ExpressionSyntax ParseConditionalExpression()
    {
        var condition = ParseBinaryExpression(1);
        if (Kind != TokenKind.Question) return condition;
        var loc = Advance().Location;
        using (Nest())
        {
            ExpressionSyntax? whenTrue = null;
            if (Kind != TokenKind.Colon) whenTrue = ParseExpressionRule(); // GNU `a ?: b` omits it
            Expect(TokenKind.Colon, ":");
            var whenFalse = ParseConditionalExpression();
            return new ConditionalExpressionSyntax(loc, condition, whenTrue, whenFalse);
        }
    }

    /// <summary>Binary operator precedence, 1 (||) to 10 (* / %); 0 for tokens that are no binary operator.</summary>
    private static int Precedence(TokenKind k) => k switch
    {
        TokenKind.Star or TokenKind.Slash or TokenKind.Percent => 10,
        TokenKind.Plus or TokenKind.Minus => 9,
        TokenKind.LessLess or TokenKind.GreaterGreater => 8,
        TokenKind.Less or TokenKind.Greater or TokenKind.LessEqual or TokenKind.GreaterEqual => 7,
        TokenKind.EqualEqual or TokenKind.BangEqual => 6,
        TokenKind.Amp => 5,
        TokenKind.Caret => 4,
        TokenKind.Pipe => 3,
        TokenKind.AmpAmp => 2,
        TokenKind.PipePipe => 1,
        _ => 0,
    };

    private static BinaryOperator BinaryOperatorOf(TokenKind k) => k switch
    {
        TokenKind.Star => BinaryOperator.Multiply,
        TokenKind.Slash => BinaryOperator.Divide,
        TokenKind.Percent => BinaryOperator.Remainder,
        TokenKind.Plus => BinaryOperator.Add,
        TokenKind.Minus => BinaryOperator.Subtract,
        TokenKind.LessLess => BinaryOperator.ShiftLeft,
        TokenKind.GreaterGreater => BinaryOperator.ShiftRight,
        TokenKind.Less => BinaryOperator.Less,
        TokenKind.Greater => BinaryOperator.Greater,
        TokenKind.LessEqual => BinaryOperator.LessEqual,
        TokenKind.GreaterEqual => BinaryOperator.GreaterEqual,
        TokenKind.EqualEqual => BinaryOperator.Equal,
        TokenKind.BangEqual => BinaryOperator.NotEqual,
        TokenKind.Amp => BinaryOperator.BitwiseAnd,
        TokenKind.Caret => BinaryOperator.BitwiseXor,
        TokenKind.Pipe => BinaryOperator.BitwiseOr,
        TokenKind.AmpAmp => BinaryOperator.LogicalAnd,
        _ => BinaryOperator.LogicalOr,
    };

    // multiplicative-expression ... logical-OR-expression (C17 6.5.5-6.5.14), by precedence climbing;
    // all these operators are left-associative.
    private ExpressionSyntax ParseBinaryExpression(int minPrecedence)
    {
        var left = ParseCastExpression();
        while (true)
        {
            var precedence = Precedence(Kind);
            if (precedence == 0 || precedence < minPrecedence) return left;
            var opKind = Kind;
            var loc = Advance().Location;
            var right = ParseBinaryExpression(precedence + 1);
            left = new BinaryExpressionSyntax(loc, BinaryOperatorOf(opKind), left, right);
        }
    }

    // cast-expression: unary-expression | ( type-name ) cast-expression
    private ExpressionSyntax ParseCastExpression()
    {
        if (Kind == TokenKind.LeftParen && StartsTypeName(_pos + 1))
        {
            var loc = Advance().Location;
            using (Nest())
            {
                var type = ParseTypeName();
                Expect(TokenKind.RightParen, ")");
                if (Kind == TokenKind.LeftBrace)
                {
                    var literal = new CompoundLiteralExpressionSyntax(loc, type, ParseInitializerList());
                    return ParsePostfixSuffixes(literal);
                }
                var operand = ParseCastExpression();
                return new CastExpressionSyntax(loc, type, operand);
            }
        }
        return ParseUnaryExpression();
    }

    // unary-expression: postfix-expression | ++ unary-expression | -- unary-expression | unary-operator cast-expression
    //   | sizeof unary-expression | sizeof ( type-name ) | _Alignof ( type-name ) | GNU: && identifier, __real__, __imag__, __extension__
    private ExpressionSyntax ParseUnaryExpression()
    {
        var loc = Location;
        switch (Kind)
        {
            case TokenKind.PlusPlus: return Prefix(UnaryOperator.PreIncrement, castOperand: false);
            case TokenKind.MinusMinus: return Prefix(UnaryOperator.PreDecrement, castOperand: false);
            case TokenKind.Amp: return Prefix(UnaryOperator.AddressOf, castOperand: true);
            case TokenKind.Star: return Prefix(UnaryOperator.Dereference, castOperand: true);
            case TokenKind.Plus: return Prefix(UnaryOperator.Plus, castOperand: true);
            case TokenKind.Minus: return Prefix(UnaryOperator.Minus, castOperand: true);
            case TokenKind.Tilde: return Prefix(UnaryOperator.BitwiseNot, castOperand: true);
            case TokenKind.Bang: return Prefix(UnaryOperator.LogicalNot, castOperand: true);
            case TokenKind.KwReal: return Prefix(UnaryOperator.Real, castOperand: true);
            case TokenKind.KwImag: return Prefix(UnaryOperator.Imag, castOperand: true);
            case TokenKind.AmpAmp:
                Advance();
                var label = ExpectIdentifier();
                return new LabelAddressExpressionSyntax(loc, label.Text);
            case TokenKind.KwExtension:
                Advance();
                using (Nest()) return ParseCastExpression();
            case TokenKind.KwSizeof:
            case TokenKind.KwAlignof:
                var isSizeof = Kind == TokenKind.KwSizeof;
                var isoAlignof = Current.Text == "_Alignof";
                Advance();
                using (Nest())
                {
                    if (Kind == TokenKind.LeftParen && StartsTypeName(_pos + 1))
                    {
                        var open = Advance().Location;
                        var type = ParseTypeName();
                        Expect(TokenKind.RightParen, ")");
                        if (Kind == TokenKind.LeftBrace)
                        {
                            // sizeof (T){...} is sizeof applied to a compound literal.
                            var literal = ParsePostfixSuffixes(new CompoundLiteralExpressionSyntax(open, type, ParseInitializerList()));
                            return isSizeof ? new SizeofExpressionSyntax(loc, literal, null) : new AlignofExpressionSyntax(loc, literal, null);
                        }
                        return isSizeof ? new SizeofExpressionSyntax(loc, null, type) : new AlignofExpressionSyntax(loc, null, type);
                    }
                    var operand = ParseUnaryExpression();
                    // GNU __alignof__ takes expressions; the ISO spelling only type names.
                    if (isoAlignof) Pedantic(ParserErrors.AlignofExpression, loc);
                    return isSizeof ? new SizeofExpressionSyntax(loc, operand, null) : new AlignofExpressionSyntax(loc, operand, null);
                }
        }
        return ParsePostfixSuffixes(ParsePrimaryExpression());
    }

    private UnaryExpressionSyntax Prefix(UnaryOperator op, bool castOperand)
    {
        var loc = Advance().Location;
        using (Nest())
        {
            var operand = castOperand ? ParseCastExpression() : ParseUnaryExpression();
            return new UnaryExpressionSyntax(loc, op, operand);
        }
    }

    // postfix-expression: primary-expression | postfix-expression [ expression ] | postfix-expression ( argument-expression-list? )
    //   | postfix-expression . identifier | postfix-expression -> identifier | postfix-expression ++ | postfix-expression --
    private ExpressionSyntax ParsePostfixSuffixes(ExpressionSyntax e)
    {
        while (true)
        {
            var loc = Location;
            switch (Kind)
            {
                case TokenKind.LeftBracket:
                    Advance();
                    using (Nest())
                    {
                        var index = ParseExpressionRule();
                        Expect(TokenKind.RightBracket, "]");
                        e = new IndexExpressionSyntax(loc, e, index);
                    }
                    break;
                case TokenKind.LeftParen:
                    Advance();
                    using (Nest())
                    {
                        var arguments = new List<ExpressionSyntax>();
                        if (Kind != TokenKind.RightParen)
                        {
                            while (true)
                            {
                                arguments.Add(ParseAssignmentExpression());
                                if (!Accept(TokenKind.Comma)) break;
                            }
                        }
                        Expect(TokenKind.RightParen, ")");
                        e = new CallExpressionSyntax(loc, e, arguments);
                    }
                    break;
                case TokenKind.Dot:
                case TokenKind.Arrow:
                    var arrow = Kind == TokenKind.Arrow;
                    Advance();
                    if (Kind != TokenKind.Identifier) Fail(ParserErrors.ExpectedMemberName, Location, arrow ? "->" : ".");
                    var member = Advance();
                    e = new MemberAccessExpressionSyntax(loc, e, member.Text, member.Location, arrow);
                    break;
                case TokenKind.PlusPlus:
                    Advance();
                    e = new UnaryExpressionSyntax(loc, UnaryOperator.PostIncrement, e);
                    break;
                case TokenKind.MinusMinus:
                    Advance();
                    e = new UnaryExpressionSyntax(loc, UnaryOperator.PostDecrement, e);
                    break;
                default:
                    return e;
            }
        }
    }

    // primary-expression: identifier | constant | string-literal | ( expression ) | generic-selection
    //   | GNU: ( compound-statement ), __builtin_va_arg, __builtin_offsetof, __builtin_types_compatible_p
    private ExpressionSyntax ParsePrimaryExpression()
    {
        var loc = Location;
        switch (Kind)
        {
            case TokenKind.Identifier:
                return new IdentifierExpressionSyntax(loc, Advance().Text);
            case TokenKind.PpNumber:
                var number = Advance().Text;
                return new ConstantExpressionSyntax(loc, Literals.IsFloatingSpelling(number) ? ConstantKind.Floating : ConstantKind.Integer, number);
            case TokenKind.CharLiteral:
                return new ConstantExpressionSyntax(loc, ConstantKind.Character, Advance().Text);
            case TokenKind.StringLiteral:
                return ParseStringLiteral();
            case TokenKind.LeftParen:
                Advance();
                using (Nest())
                {
                    if (Kind == TokenKind.LeftBrace)
                    {
                        var body = ParseCompoundStatement(newScope: true);
                        Expect(TokenKind.RightParen, ")");
                        return new StatementExpressionSyntax(loc, body);
                    }
                    var inner = ParseExpressionRule();
                    Expect(TokenKind.RightParen, ")");
                    return inner;
                }
            case TokenKind.KwGeneric:
                return ParseGenericSelection();
            case TokenKind.KwBuiltinVaArg:
                Advance();
                using (Nest())
                {
                    Expect(TokenKind.LeftParen, "(");
                    var list = ParseAssignmentExpression();
                    Expect(TokenKind.Comma, ",");
                    var type = ParseTypeName();
                    Expect(TokenKind.RightParen, ")");
                    return new VaArgExpressionSyntax(loc, list, type);
                }
            case TokenKind.KwBuiltinOffsetof:
                return ParseOffsetof();
            case TokenKind.KwBuiltinTypesCompatibleP:
                Advance();
                using (Nest())
                {
                    Expect(TokenKind.LeftParen, "(");
                    var first = ParseTypeName();
                    Expect(TokenKind.Comma, ",");
                    var second = ParseTypeName();
                    Expect(TokenKind.RightParen, ")");
                    return new TypesCompatibleExpressionSyntax(loc, first, second);
                }
            default:
                return Fail<ExpressionSyntax>(ParserErrors.ExpectedExpression, loc);
        }
    }

    // generic-selection: _Generic ( assignment-expression , generic-assoc-list )
    private GenericSelectionExpressionSyntax ParseGenericSelection()
    {
        var loc = Advance().Location;
        using var _ = Nest();
        Expect(TokenKind.LeftParen, "(");
        var controlling = ParseAssignmentExpression();
        var associations = new List<GenericAssociationSyntax>();
        while (Accept(TokenKind.Comma))
        {
            // generic-association: type-name : assignment-expression | default : assignment-expression
            var assocLoc = Location;
            TypeNameSyntax? type = null;
            if (!Accept(TokenKind.KwDefault)) type = ParseTypeName();
            Expect(TokenKind.Colon, ":");
            associations.Add(new GenericAssociationSyntax(assocLoc, type, ParseAssignmentExpression()));
        }
        if (associations.Count == 0) Fail(ParserErrors.ExpectedToken, Location, ",");
        Expect(TokenKind.RightParen, ")");
        return new GenericSelectionExpressionSyntax(loc, controlling, associations);
    }

    // GNU: __builtin_offsetof ( type-name , identifier ( . identifier | [ expression ] )* )
    private OffsetofExpressionSyntax ParseOffsetof()
    {
        var loc = Advance().Location;
        using var _ = Nest();
        Expect(TokenKind.LeftParen, "(");
        var type = ParseTypeName();
        Expect(TokenKind.Comma, ",");
        var path = new List<DesignatorSyntax>();
        var first = ExpectIdentifier();
        path.Add(new MemberDesignatorSyntax(first.Location, first.Text));
        while (true)
        {
            var l = Location;
            if (Accept(TokenKind.Dot))
            {
                var m = ExpectIdentifier();
                path.Add(new MemberDesignatorSyntax(l, m.Text));
            }
            else if (Accept(TokenKind.LeftBracket))
            {
                var index = ParseExpressionRule();
                Expect(TokenKind.RightBracket, "]");
                path.Add(new IndexDesignatorSyntax(l, index, null));
            }
            else break;
        }
        Expect(TokenKind.RightParen, ")");
        return new OffsetofExpressionSyntax(loc, type, path);
    }

    // ---- initializers -----------------------------------------------------------------------

    // initializer: assignment-expression | { initializer-list } | { initializer-list , }
    private InitializerSyntax ParseInitializer()
    {
        if (Kind == TokenKind.LeftBrace) return ParseInitializerList();
        var loc = Location;
        return new ExpressionInitializerSyntax(loc, ParseAssignmentExpression());
    }

    // initializer-list: designation? initializer | initializer-list , designation? initializer
    private InitializerListSyntax ParseInitializerList()
    {
        var loc = Advance().Location;
        using var _ = Nest();
        var elements = new List<InitializerElementSyntax>();
        while (Kind != TokenKind.RightBrace)
        {
            var elementLoc = Location;
            var designators = new List<DesignatorSyntax>();
            if (Kind == TokenKind.Identifier && PeekKind(1) == TokenKind.Colon)
            {
                // GNU old-style `member: value`
                var name = Advance();
                Advance();
                designators.Add(new MemberDesignatorSyntax(name.Location, name.Text));
            }
            else
            {
                // designation: designator-list = ; designator: [ constant-expression ] | . identifier  (GNU: [a ... b])
                while (true)
                {
                    var dl = Location;
                    if (Accept(TokenKind.Dot))
                    {
                        var m = ExpectIdentifier();
                        designators.Add(new MemberDesignatorSyntax(dl, m.Text));
                    }
                    else if (Kind == TokenKind.LeftBracket)
                    {
                        Advance();
                        var index = ParseConditionalExpression();
                        ExpressionSyntax? end = null;
                        if (Accept(TokenKind.Ellipsis)) end = ParseConditionalExpression();
                        Expect(TokenKind.RightBracket, "]");
                        designators.Add(new IndexDesignatorSyntax(dl, index, end));
                    }
                    else break;
                }
                if (designators.Count > 0 && !Accept(TokenKind.Equal))
                {
                    // GNU obsolete `[index] value` without '='.
                    if (designators[^1] is not IndexDesignatorSyntax) Fail(ParserErrors.ExpectedEquals, Location);
                }
            }
            elements.Add(new InitializerElementSyntax(elementLoc, designators, ParseInitializer()));
            if (!Accept(TokenKind.Comma)) break;
        }
        if (elements.Count == 0) Pedantic(ParserErrors.EmptyInitializerBraces, loc);
        Expect(TokenKind.RightBrace, "}");
        return new InitializerListSyntax(loc, elements);
    }
}
