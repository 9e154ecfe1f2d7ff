using Altitude.Front.Lexing;
using Altitude.Text;

namespace Altitude.Front.Parsing;

public sealed partial class Parser
{
    // compound-statement: { block-item-list? }
    private CompoundStatementSyntax ParseCompoundStatement(bool newScope)
    {
        var loc = Location;
        Expect(TokenKind.LeftBrace, "{");
        using var _ = Nest();
        if (newScope) PushScope();
        try
        {
            var items = new List<BlockItemSyntax>();
            while (Kind != TokenKind.RightBrace)
            {
                if (Kind == TokenKind.EndOfFile)
                {
                    Fail(ParserErrors.ExpectedCloseBraceAtEnd, AfterPrevious());
                }
                var before = _pos;
                var checkpoint = Save();
                try
                {
                    items.Add(ParseBlockItem());
                }
                catch (SyntaxError)
                {
                    Restore(checkpoint);
                    SkipToStatementEnd(before);
                }
                if (_pos == before && Kind != TokenKind.RightBrace && Kind != TokenKind.EndOfFile) Advance();
            }
            var end = Advance().Location;
            return new CompoundStatementSyntax(loc, items, end);
        }
        finally
        {
            if (newScope) PopScope();
        }
    }

    // block-item: declaration | statement  (plus _Static_assert, GNU __label__ and nested function definitions)
    private BlockItemSyntax ParseBlockItem()
    {
        if (Kind == TokenKind.KwLabel) return ParseLabelDeclaration();
        if (Kind == TokenKind.KwStaticAssert) return ParseStaticAssert();
        if (StartsBlockDeclaration())
        {
            while (Kind == TokenKind.KwExtension) Advance();
            return ParseDeclarationOrFunctionDefinition(fileScope: false);
        }
        return ParseStatement();
    }

    /// <summary>Does a declaration (rather than a statement) start here? Decides `T * x;` by whether T is a typedef name in scope.</summary>
    private bool StartsBlockDeclaration()
    {
        var i = _pos;
        while (KindAt(i) == TokenKind.KwExtension) i++;
        var k = KindAt(i);
        if (k == TokenKind.Identifier)
        {
            if (KindAt(i + 1) == TokenKind.Colon) return false; // a label, even when named like a typedef
            if (IsTypedefName(_tokens[i].Text)) return true;
            // `foo_t x;` with foo_t undeclared: a declaration with an unknown type name (reported there).
            return KindAt(i + 1) == TokenKind.Identifier && !IsTypedefNameAt(i + 1) && KindAt(i + 2) is TokenKind.Semicolon or TokenKind.Equal or TokenKind.Comma or TokenKind.LeftBracket;
        }
        if (k == TokenKind.KwAttribute)
        {
            // `__attribute__((fallthrough));` is a statement; attributes before specifiers start a declaration.
            var after = IndexAfterAttributes(i);
            return KindAt(after) != TokenKind.Semicolon &&
                (StartsDeclarationSpecifiers(after) || (KindAt(after) == TokenKind.Identifier && KindAt(after + 1) == TokenKind.Identifier));
        }
        return StartsDeclarationSpecifiers(i);
    }

    // GNU: __label__ identifier-list ;
    private LabelDeclarationSyntax ParseLabelDeclaration()
    {
        var loc = Advance().Location;
        var names = new List<IdentifierNameSyntax>();
        while (true)
        {
            var t = ExpectIdentifier();
            names.Add(new IdentifierNameSyntax(t.Location, t.Text));
            if (!Accept(TokenKind.Comma)) break;
        }
        ExpectSemicolon(ParserErrors.ExpectedSemicolonAfterDeclaration);
        return new LabelDeclarationSyntax(loc, names);
    }

    // statement: labeled-statement | compound-statement | expression-statement | selection-statement | iteration-statement | jump-statement
    private StatementSyntax ParseStatement()
    {
        using var _ = Nest();
        var loc = Location;
        switch (Kind)
        {
            case TokenKind.LeftBrace:
                return ParseCompoundStatement(newScope: true);
            case TokenKind.Semicolon:
                Advance();
                return new NullStatementSyntax(loc, []);
            case TokenKind.Identifier when PeekKind(1) == TokenKind.Colon:
                return ParseLabeledStatement();
            case TokenKind.KwCase:
                {
                    // case constant-expression : statement  (GNU: case a ... b :)
                    Advance();
                    var value = ParseConditionalExpression();
                    ExpressionSyntax? end = null;
                    if (Accept(TokenKind.Ellipsis)) end = ParseConditionalExpression();
                    Expect(TokenKind.Colon, ":");
                    return new CaseStatementSyntax(loc, value, end, ParseLabelTarget(loc));
                }
            case TokenKind.KwDefault:
                Advance();
                Expect(TokenKind.Colon, ":");
                return new DefaultStatementSyntax(loc, ParseLabelTarget(loc));
            case TokenKind.KwIf:
                {
                    // if ( expression ) statement | if ( expression ) statement else statement
                    Advance();
                    var condition = ParseParenthesizedCondition();
                    var then = ParseStatement();
                    StatementSyntax? otherwise = null;
                    if (Accept(TokenKind.KwElse)) otherwise = ParseStatement();
                    return new IfStatementSyntax(loc, condition, then, otherwise);
                }
            case TokenKind.KwSwitch:
                {
                    Advance();
                    var e = ParseParenthesizedCondition();
                    return new SwitchStatementSyntax(loc, e, ParseStatement());
                }
            case TokenKind.KwWhile:
                {
                    Advance();
                    var condition = ParseParenthesizedCondition();
                    return new WhileStatementSyntax(loc, condition, ParseStatement());
                }
            case TokenKind.KwDo:
                {
                    // do statement while ( expression ) ;
                    Advance();
                    var body = ParseStatement();
                    Expect(TokenKind.KwWhile, "while");
                    var condition = ParseParenthesizedCondition();
                    ExpectSemicolon(ParserErrors.ExpectedSemicolonAfterStatement, "do/while");
                    return new DoStatementSyntax(loc, body, condition);
                }
            case TokenKind.KwFor:
                return ParseForStatement();
            case TokenKind.KwGoto:
                {
                    // goto identifier ;   GNU: goto * expression ;
                    Advance();
                    StatementSyntax result;
                    if (Accept(TokenKind.Star)) result = new ComputedGotoStatementSyntax(loc, ParseExpressionRule());
                    else
                    {
                        var label = ExpectIdentifier();
                        result = new GotoStatementSyntax(loc, label.Text, label.Location);
                    }
                    ExpectSemicolon(ParserErrors.ExpectedSemicolonAfterStatement, "goto");
                    return result;
                }
            case TokenKind.KwContinue:
                Advance();
                ExpectSemicolon(ParserErrors.ExpectedSemicolonAfterStatement, "continue");
                return new ContinueStatementSyntax(loc);
            case TokenKind.KwBreak:
                Advance();
                ExpectSemicolon(ParserErrors.ExpectedSemicolonAfterStatement, "break");
                return new BreakStatementSyntax(loc);
            case TokenKind.KwReturn:
                {
                    Advance();
                    ExpressionSyntax? value = null;
                    if (Kind != TokenKind.Semicolon) value = ParseExpressionRule();
                    ExpectSemicolon(ParserErrors.ExpectedSemicolonAfterStatement, "return");
                    return new ReturnStatementSyntax(loc, value);
                }
            case TokenKind.KwAsm:
                {
                    // GNU: asm qualifiers? ( string-literal : operands ... ) ;
                    Advance();
                    while (Kind is TokenKind.KwVolatile or TokenKind.KwInline or TokenKind.KwGoto) Advance();
                    var template = ParseAsmBody();
                    ExpectSemicolon(ParserErrors.ExpectedSemicolonAfterStatement, "asm");
                    return new AsmStatementSyntax(loc, template);
                }
            case TokenKind.KwAttribute:
                {
                    // GNU statement attributes: __attribute__((fallthrough)) ;
                    var attributes = new List<AttributeSyntax>();
                    ParseAttributes(attributes);
                    if (Kind == TokenKind.Semicolon)
                    {
                        Advance();
                        return new NullStatementSyntax(loc, attributes);
                    }
                    return ParseStatement();
                }
            case TokenKind.KwElse:
            case TokenKind.RightBrace:
            case TokenKind.EndOfFile:
                return Fail<StatementSyntax>(ParserErrors.ExpectedStatement, loc);
        }
        // expression-statement: expression? ;
        var expression = ParseExpressionRule();
        ExpectSemicolon(ParserErrors.ExpectedSemicolonAfterExpression);
        return new ExpressionStatementSyntax(loc, expression);
    }

    // labeled-statement: identifier : attributes? statement
    private LabeledStatementSyntax ParseLabeledStatement()
    {
        var name = Advance();
        Advance();
        var attributes = new List<AttributeSyntax>();
        ParseAttributesIfAny(attributes);
        return new LabeledStatementSyntax(name.Location, name.Text, attributes, ParseLabelTarget(name.Location));
    }

    /// <summary>
    /// The statement after a label. A label before '}' (C2x) or before a declaration (C17 forbids it,
    /// gcc warns) labels an implied null statement; the declaration is then parsed as the next block item.
    /// </summary>
    private StatementSyntax ParseLabelTarget(SourceLocation labelLocation)
    {
        if (Kind == TokenKind.RightBrace)
        {
            Pedantic(ParserErrors.LabelAtEndOfCompound, labelLocation);
            return new NullStatementSyntax(Location, []);
        }
        if (Kind != TokenKind.KwAttribute && StartsBlockDeclaration())
        {
            Pedantic(ParserErrors.LabelBeforeDeclaration, Location);
            return new NullStatementSyntax(Location, []);
        }
        return ParseStatement();
    }

    // ( expression ) of if, switch, while and do-while
    private ExpressionSyntax ParseParenthesizedCondition()
    {
        Expect(TokenKind.LeftParen, "(");
        var e = ParseExpressionRule();
        Expect(TokenKind.RightParen, ")");
        return e;
    }

    // for ( expression? ; expression? ; expression? ) statement | for ( declaration expression? ; expression? ) statement
    private ForStatementSyntax ParseForStatement()
    {
        var loc = Advance().Location;
        Expect(TokenKind.LeftParen, "(");
        PushScope();
        try
        {
            DeclarationSyntax? declaration = null;
            ExpressionSyntax? init = null;
            if (StartsBlockDeclaration())
            {
                while (Kind == TokenKind.KwExtension) Advance();
                var d = ParseDeclarationOrFunctionDefinition(fileScope: false);
                declaration = d as DeclarationSyntax;
                if (declaration is null) Fail(ParserErrors.ExpectedExpression, d.Location);
            }
            else
            {
                if (Kind != TokenKind.Semicolon) init = ParseExpressionRule();
                Expect(TokenKind.Semicolon, ";");
            }
            ExpressionSyntax? condition = null;
            if (Kind != TokenKind.Semicolon) condition = ParseExpressionRule();
            Expect(TokenKind.Semicolon, ";");
            ExpressionSyntax? step = null;
            if (Kind != TokenKind.RightParen) step = ParseExpressionRule();
            Expect(TokenKind.RightParen, ")");
            var body = ParseStatement();
            return new ForStatementSyntax(loc, declaration, init, condition, step, body);
        }
        finally
        {
            PopScope();
        }
    }
}
