using Altitude.Front.Lexing;
using Altitude.Text;

namespace Altitude.Front.Parsing;

public sealed partial class Parser
{
    // translation-unit: external-declaration | translation-unit external-declaration
    private TranslationUnitSyntax ParseTranslationUnit()
    {
        // The unit is the main file: its first token may come from a header, but the end of file
        // (which the preprocessor leaves at the end of the main file) is the main file's.
        var eof = _tokens[^1].Location;
        var start = eof.IsNone ? Location : new SourceLocation(eof.File, 1, 1, 0);
        var declarations = new List<ExternalDeclarationSyntax>();
        try
        {
            while (Kind != TokenKind.EndOfFile)
            {
                var before = _pos;
                var checkpoint = Save();
                try
                {
                    var d = ParseExternalDeclaration();
                    if (d is not null) declarations.Add(d);
                }
                catch (SyntaxError)
                {
                    Restore(checkpoint);
                    SkipToDeclarationEnd();
                }
                if (_pos == before && Kind != TokenKind.EndOfFile) Advance();
            }
        }
        catch (ParseAbort)
        {
            // The diagnostic is reported; the tree holds what was parsed before.
        }
        return new TranslationUnitSyntax(start, declarations);
    }

    // external-declaration: function-definition | declaration (plus GNU: ';', asm, __extension__)
    private ExternalDeclarationSyntax? ParseExternalDeclaration()
    {
        while (Kind == TokenKind.KwExtension) Advance();
        switch (Kind)
        {
            case TokenKind.Semicolon:
                Pedantic(ParserErrors.ExtraSemicolonOutsideFunction, Location);
                return new EmptyDeclarationSyntax(Advance().Location);
            case TokenKind.KwStaticAssert:
                return ParseStaticAssert();
            case TokenKind.KwAsm:
                var asmLocation = Advance().Location;
                while (Kind is TokenKind.KwVolatile or TokenKind.KwInline or TokenKind.KwGoto) Advance();
                var template = ParseAsmBody();
                ExpectSemicolon(ParserErrors.ExpectedSemicolonAfterDeclaration);
                return new AsmDeclarationSyntax(asmLocation, template);
            case TokenKind.EndOfFile:
                return null;
        }
        return ParseDeclarationOrFunctionDefinition(fileScope: true);
    }

    // declaration: declaration-specifiers init-declarator-list? ;
    // function-definition: declaration-specifiers declarator declaration-list? compound-statement
    private ExternalDeclarationSyntax ParseDeclarationOrFunctionDefinition(bool fileScope)
    {
        var start = Location;
        var specifiers = ParseDeclarationSpecifiers(allowUnknownTypeName: true);
        var isTypedef = specifiers.Has(StorageClass.Typedef);
        var declarators = new List<InitDeclaratorSyntax>();
        if (Kind == TokenKind.Semicolon)
        {
            if (NothingSpecified(specifiers)) Fail(ParserErrors.ExpectedDeclarationSpecifiers, Location);
            Advance();
            return new DeclarationSyntax(start, specifiers, declarators);
        }
        if (NothingSpecified(specifiers) && !fileScope)
            Fail(ParserErrors.ExpectedDeclarationSpecifiers, Location);
        while (true)
        {
            var declaratorStart = Location;
            var declarator = ParseDeclarator(DeclaratorMode.Named);
            if (specifiers.IsImplicitInt)
                Pedantic(ParserErrors.ImplicitInt, declarator.Innermost.Location, declarator.DeclaredName ?? "");
            var attributes = new List<AttributeSyntax>();
            StringLiteralExpressionSyntax? asmLabel = null;
            ParseDeclaratorTail(attributes, ref asmLabel);

            if (declarators.Count == 0 && StartsFunctionBody(declarator))
            {
                return ParseFunctionDefinition(start, specifiers, declarator, attributes);
            }

            var name = declarator.DeclaredName;
            if (name is not null) Declare(name, isTypedef);
            InitializerSyntax? initializer = null;
            if (Accept(TokenKind.Equal)) initializer = ParseInitializer();
            declarators.Add(new InitDeclaratorSyntax(declaratorStart, declarator, initializer, attributes, asmLabel));
            if (!Accept(TokenKind.Comma)) break;
        }
        ExpectSemicolon(ParserErrors.ExpectedSemicolonAfterDeclaration);
        return new DeclarationSyntax(start, specifiers, declarators);
    }

    private static bool NothingSpecified(DeclarationSpecifiersSyntax s) =>
        s.IsImplicitInt && s.StorageClasses.Count == 0 && s.Qualifiers == TypeQualifiers.None &&
        s.FunctionSpecifiers == FunctionSpecifiers.None && s.AlignmentSpecifiers.Count == 0 && s.Attributes.Count == 0;

    /// <summary>GNU asm labels and attributes after a declarator, in any order.</summary>
    private void ParseDeclaratorTail(List<AttributeSyntax> attributes, ref StringLiteralExpressionSyntax? asmLabel)
    {
        while (true)
        {
            if (Kind == TokenKind.KwAttribute) ParseAttributes(attributes);
            else if (Kind == TokenKind.KwAsm)
            {
                Advance();
                Expect(TokenKind.LeftParen, "(");
                asmLabel = ParseStringLiteralRequired();
                Expect(TokenKind.RightParen, ")");
            }
            else return;
        }
    }

    /// <summary>A '{' after a function declarator, or (K&amp;R) declarations before it.</summary>
    private bool StartsFunctionBody(DeclaratorSyntax declarator)
    {
        var function = NamedFunctionDeclarator(declarator);
        if (Kind == TokenKind.LeftBrace) return function is not null;
        return function is { IdentifierList.Count: > 0 } && StartsDeclarationSpecifiers(_pos);
    }

    /// <summary>The function declarator applied directly to the declared name, if that is the name's derivation.</summary>
    private static FunctionDeclaratorSyntax? NamedFunctionDeclarator(DeclaratorSyntax declarator)
    {
        DeclaratorSyntax? previous = null;
        var d = declarator;
        while (true)
        {
            switch (d)
            {
                case IdentifierDeclaratorSyntax:
                    return previous as FunctionDeclaratorSyntax;
                case PointerDeclaratorSyntax p: previous = d; d = p.Inner; break;
                case ArrayDeclaratorSyntax a: previous = d; d = a.Inner; break;
                case FunctionDeclaratorSyntax f: previous = d; d = f.Inner; break;
                default: return null;
            }
        }
    }

    // function-definition: declaration-specifiers declarator declaration-list? compound-statement
    private FunctionDefinitionSyntax ParseFunctionDefinition(SourceLocation start, DeclarationSpecifiersSyntax specifiers, DeclaratorSyntax declarator, List<AttributeSyntax> attributes)
    {
        // K&R declaration lists can nest further definitions (`int f(a) int g(b) ...`): count the depth.
        using var _ = Nest();
        var function = NamedFunctionDeclarator(declarator)!;
        var name = declarator.DeclaredName;
        if (name is not null) Declare(name, false);
        PushScope();
        try
        {
            foreach (var p in function.Parameters)
            {
                if (p.Declarator.DeclaredName is { } pn) Declare(pn, false);
            }
            if (function.IdentifierList is { } ids)
            {
                foreach (var id in ids) Declare(id.Name, false);
            }
            // declaration-list: declaration | declaration-list declaration (the K&R parameter declarations)
            var knr = new List<DeclarationSyntax>();
            while (Kind != TokenKind.LeftBrace && Kind != TokenKind.EndOfFile)
            {
                if (!StartsDeclarationSpecifiers(_pos)) Fail(ParserErrors.ExpectedFunctionBody, Location);
                if (ParseDeclarationOrFunctionDefinition(fileScope: false) is DeclarationSyntax d) knr.Add(d);
                else Fail(ParserErrors.ExpectedFunctionBody, Location);
            }
            var body = ParseCompoundStatement(newScope: false);
            return new FunctionDefinitionSyntax(start, specifiers, declarator, attributes, knr, body);
        }
        finally
        {
            PopScope();
        }
    }

    // static_assert-declaration: _Static_assert ( constant-expression , string-literal ) ;
    private StaticAssertSyntax ParseStaticAssert()
    {
        var start = Advance().Location;
        using (Nest())
        {
            Expect(TokenKind.LeftParen, "(");
            var condition = ParseConditionalExpression();
            StringLiteralExpressionSyntax? message = null;
            if (Accept(TokenKind.Comma)) message = ParseStringLiteralRequired();
            Expect(TokenKind.RightParen, ")");
            ExpectSemicolon(ParserErrors.ExpectedSemicolonAfterDeclaration);
            return new StaticAssertSyntax(start, condition, message);
        }
    }

    /// <summary>( string-literal anything-balanced ) after asm: keeps the template, skips the operands.</summary>
    private StringLiteralExpressionSyntax? ParseAsmBody()
    {
        if (Kind != TokenKind.LeftParen) Fail(ParserErrors.ExpectedToken, Location, "(");
        StringLiteralExpressionSyntax? template = null;
        if (PeekKind(1) == TokenKind.StringLiteral)
        {
            var open = _pos;
            Advance();
            template = ParseStringLiteral();
            _pos = open;
        }
        SkipBalancedParens();
        return template;
    }

    // string-literal+ where the grammar requires one (static_assert message, asm label)
    private StringLiteralExpressionSyntax ParseStringLiteralRequired()
    {
        if (Kind != TokenKind.StringLiteral) Fail(ParserErrors.ExpectedStringLiteral, Location);
        return ParseStringLiteral();
    }

    // string-literal+ : adjacent literals form one sequence (concatenated by semantic analysis, C17 6.4.5p5)
    private StringLiteralExpressionSyntax ParseStringLiteral()
    {
        var start = Location;
        var parts = new List<Token>();
        while (Kind == TokenKind.StringLiteral) parts.Add(Advance());
        return new StringLiteralExpressionSyntax(start, parts);
    }

    // ---- classification -----------------------------------------------------------------

    private static bool IsTypeKeyword(TokenKind k) => k switch
    {
        TokenKind.KwVoid or TokenKind.KwChar or TokenKind.KwShort or TokenKind.KwInt or TokenKind.KwLong or
        TokenKind.KwFloat or TokenKind.KwDouble or TokenKind.KwSigned or TokenKind.KwUnsigned or TokenKind.KwBool or
        TokenKind.KwComplex or TokenKind.KwImaginary or TokenKind.KwInt128 or TokenKind.KwFloat128 or TokenKind.KwAutoType or
        TokenKind.KwStruct or TokenKind.KwUnion or TokenKind.KwEnum or TokenKind.KwTypeof or
        TokenKind.KwConst or TokenKind.KwVolatile or TokenKind.KwRestrict or TokenKind.KwAtomic or TokenKind.KwAlignas => true,
        _ => false,
    };

    /// <summary>specifier-qualifier-list can start here (a type name in a cast, sizeof, compound literal...).</summary>
    private bool StartsTypeName(int i)
    {
        var k = KindAt(i);
        return IsTypeKeyword(k) || (k == TokenKind.Identifier && IsTypedefName(_tokens[i].Text));
    }

    /// <summary>declaration-specifiers can start here.</summary>
    private bool StartsDeclarationSpecifiers(int i)
    {
        var k = KindAt(i);
        return StartsTypeName(i) || k switch
        {
            TokenKind.KwTypedef or TokenKind.KwExtern or TokenKind.KwStatic or TokenKind.KwThreadLocal or TokenKind.KwAuto or
            TokenKind.KwRegister or TokenKind.KwInline or TokenKind.KwNoreturn or TokenKind.KwAttribute or TokenKind.KwExtension => true,
            _ => false,
        };
    }

    // ---- declaration specifiers ---------------------------------------------------------

    // declaration-specifiers: (storage-class-specifier | type-specifier | type-qualifier | function-specifier | alignment-specifier)+
    private DeclarationSpecifiersSyntax ParseDeclarationSpecifiers(bool allowUnknownTypeName = false)
    {
        var start = Location;
        List<StorageClassSyntax>? storage = null;
        List<TypeSpecifierSyntax>? types = null;
        List<AlignasSyntax>? alignas = null;
        List<AttributeSyntax>? attributes = null;
        var qualifiers = TypeQualifiers.None;
        var functionSpecifiers = FunctionSpecifiers.None;
        var sawType = false;
        while (true)
        {
            var loc = Location;
            switch (Kind)
            {
                case TokenKind.KwTypedef: Advance(); (storage ??= []).Add(new StorageClassSyntax(loc, StorageClass.Typedef)); continue;
                case TokenKind.KwExtern: Advance(); (storage ??= []).Add(new StorageClassSyntax(loc, StorageClass.Extern)); continue;
                case TokenKind.KwStatic: Advance(); (storage ??= []).Add(new StorageClassSyntax(loc, StorageClass.Static)); continue;
                case TokenKind.KwThreadLocal: Advance(); (storage ??= []).Add(new StorageClassSyntax(loc, StorageClass.ThreadLocal)); continue;
                case TokenKind.KwAuto: Advance(); (storage ??= []).Add(new StorageClassSyntax(loc, StorageClass.Auto)); continue;
                case TokenKind.KwRegister: Advance(); (storage ??= []).Add(new StorageClassSyntax(loc, StorageClass.Register)); continue;
                case TokenKind.KwConst: Advance(); qualifiers |= TypeQualifiers.Const; continue;
                case TokenKind.KwVolatile: Advance(); qualifiers |= TypeQualifiers.Volatile; continue;
                case TokenKind.KwRestrict: Advance(); qualifiers |= TypeQualifiers.Restrict; continue;
                case TokenKind.KwInline: Advance(); functionSpecifiers |= FunctionSpecifiers.Inline; continue;
                case TokenKind.KwNoreturn: Advance(); functionSpecifiers |= FunctionSpecifiers.Noreturn; continue;
                case TokenKind.KwExtension: Advance(); continue;
                case TokenKind.KwAttribute: ParseAttributes(attributes ??= []); continue;
                case TokenKind.KwAtomic:
                    Advance();
                    if (Kind == TokenKind.LeftParen)
                    {
                        using (Nest())
                        {
                            Advance();
                            var type = ParseTypeName();
                            Expect(TokenKind.RightParen, ")");
                            (types ??= []).Add(new AtomicTypeSpecifierSyntax(loc, type));
                        }
                        sawType = true;
                    }
                    else qualifiers |= TypeQualifiers.Atomic;
                    continue;
                case TokenKind.KwAlignas:
                    (alignas ??= []).Add(ParseAlignas());
                    continue;
                case TokenKind.KwStruct:
                case TokenKind.KwUnion:
                    (types ??= []).Add(ParseStructOrUnionSpecifier());
                    sawType = true;
                    continue;
                case TokenKind.KwEnum:
                    (types ??= []).Add(ParseEnumSpecifier());
                    sawType = true;
                    continue;
                case TokenKind.KwTypeof:
                    (types ??= []).Add(ParseTypeofSpecifier());
                    sawType = true;
                    continue;
                case TokenKind.Identifier:
                    if (sawType) break;
                    var name = Current.Text;
                    if (IsTypedefName(name))
                    {
                        Advance();
                        (types ??= []).Add(new TypedefNameSpecifierSyntax(loc, name));
                        sawType = true;
                        continue;
                    }
                    // `foo_t x;` with foo_t undeclared: report it as gcc does and go on as if it were a type.
                    if (allowUnknownTypeName && PeekKind(1) == TokenKind.Identifier)
                    {
                        ReportError(ParserErrors.UnknownTypeName, loc, name);
                        Advance();
                        (types ??= []).Add(new TypedefNameSpecifierSyntax(loc, name));
                        sawType = true;
                        continue;
                    }
                    break;
                default:
                    var basic = BasicKeyword(Kind);
                    if (basic is { } b)
                    {
                        Advance();
                        (types ??= []).Add(new BasicTypeSpecifierSyntax(loc, b));
                        sawType = true;
                        continue;
                    }
                    break;
            }
            break;
        }
        return new DeclarationSpecifiersSyntax(start,
            storage ?? (IReadOnlyList<StorageClassSyntax>)[], types ?? (IReadOnlyList<TypeSpecifierSyntax>)[],
            qualifiers, functionSpecifiers,
            alignas ?? (IReadOnlyList<AlignasSyntax>)[], attributes ?? (IReadOnlyList<AttributeSyntax>)[]);
    }

    private static BasicTypeKeyword? BasicKeyword(TokenKind k) => k switch
    {
        TokenKind.KwVoid => BasicTypeKeyword.Void,
        TokenKind.KwChar => BasicTypeKeyword.Char,
        TokenKind.KwShort => BasicTypeKeyword.Short,
        TokenKind.KwInt => BasicTypeKeyword.Int,
        TokenKind.KwLong => BasicTypeKeyword.Long,
        TokenKind.KwFloat => BasicTypeKeyword.Float,
        TokenKind.KwDouble => BasicTypeKeyword.Double,
        TokenKind.KwSigned => BasicTypeKeyword.Signed,
        TokenKind.KwUnsigned => BasicTypeKeyword.Unsigned,
        TokenKind.KwBool => BasicTypeKeyword.Bool,
        TokenKind.KwComplex => BasicTypeKeyword.Complex,
        TokenKind.KwImaginary => BasicTypeKeyword.Imaginary,
        TokenKind.KwInt128 => BasicTypeKeyword.Int128,
        TokenKind.KwFloat128 => BasicTypeKeyword.Float128,
        TokenKind.KwAutoType => BasicTypeKeyword.AutoType,
        _ => null,
    };

    // alignment-specifier: _Alignas ( type-name ) | _Alignas ( constant-expression )
    private AlignasSyntax ParseAlignas()
    {
        var loc = Advance().Location;
        using (Nest())
        {
            Expect(TokenKind.LeftParen, "(");
            AlignasSyntax result;
            if (StartsTypeName(_pos)) result = new AlignasSyntax(loc, null, ParseTypeName());
            else result = new AlignasSyntax(loc, ParseConditionalExpression(), null);
            Expect(TokenKind.RightParen, ")");
            return result;
        }
    }

    // GNU: typeof ( expression ) | typeof ( type-name )
    private TypeofSpecifierSyntax ParseTypeofSpecifier()
    {
        var loc = Advance().Location;
        using (Nest())
        {
            Expect(TokenKind.LeftParen, "(");
            TypeofSpecifierSyntax result;
            if (StartsTypeName(_pos)) result = new TypeofSpecifierSyntax(loc, null, ParseTypeName());
            else result = new TypeofSpecifierSyntax(loc, ParseExpressionRule(), null);
            Expect(TokenKind.RightParen, ")");
            return result;
        }
    }

    // struct-or-union-specifier: struct-or-union attributes? identifier? { struct-declaration-list } attributes? | struct-or-union attributes? identifier
    private StructOrUnionSpecifierSyntax ParseStructOrUnionSpecifier()
    {
        var keyword = Advance();
        var isUnion = _kinds[_pos - 1] == TokenKind.KwUnion;
        var attributes = new List<AttributeSyntax>();
        ParseAttributesIfAny(attributes);
        string? tag = null;
        var tagLocation = SourceLocation.None;
        if (Kind == TokenKind.Identifier)
        {
            tagLocation = Location;
            tag = Advance().Text;
            ParseAttributesIfAny(attributes);
        }
        List<MemberDeclarationSyntax>? members = null;
        int? pack = null;
        if (Kind == TokenKind.LeftBrace)
        {
            var braceLocation = Location;
            pack = PackAt(_pos);
            members = ParseStructBody();
            if (members.Count == 0) Pedantic(ParserErrors.EmptyStruct, braceLocation);
            ParseAttributesIfAny(attributes);
        }
        else if (tag is null)
        {
            Fail(ParserErrors.ExpectedToken, Location, "{");
        }
        return new StructOrUnionSpecifierSyntax(keyword.Location, isUnion, tag, tagLocation, members, attributes) { PragmaPack = pack };
    }

    // { struct-declaration-list }
    private List<MemberDeclarationSyntax> ParseStructBody()
    {
        using var _ = Nest();
        Advance();
        var members = new List<MemberDeclarationSyntax>();
        while (Kind != TokenKind.RightBrace && Kind != TokenKind.EndOfFile)
        {
            var before = _pos;
            var checkpoint = Save();
            try
            {
                var m = ParseMemberDeclaration();
                if (m is not null) members.Add(m);
            }
            catch (SyntaxError)
            {
                Restore(checkpoint);
                SkipToStatementEnd(before);
            }
            if (_pos == before && Kind != TokenKind.RightBrace) Advance();
        }
        Expect(TokenKind.RightBrace, "}");
        return members;
    }

    // struct-declaration: specifier-qualifier-list struct-declarator-list? ; | static_assert-declaration
    private MemberDeclarationSyntax? ParseMemberDeclaration()
    {
        while (Kind == TokenKind.KwExtension) Advance();
        var start = Location;
        if (Kind == TokenKind.Semicolon)
        {
            Pedantic(ParserErrors.ExtraSemicolonInStruct, Location);
            Advance();
            return null;
        }
        if (Kind == TokenKind.KwStaticAssert) return new MemberStaticAssertSyntax(start, ParseStaticAssert());
        var specifiers = ParseDeclarationSpecifiers(allowUnknownTypeName: true);
        if (NothingSpecified(specifiers)) Fail(ParserErrors.ExpectedDeclarationSpecifiers, Location);
        var declarators = new List<MemberDeclaratorSyntax>();
        if (Kind != TokenKind.Semicolon && Kind != TokenKind.RightBrace)
        {
            while (true)
            {
                // struct-declarator: declarator | declarator? : constant-expression
                var loc = Location;
                DeclaratorSyntax? declarator = null;
                if (Kind != TokenKind.Colon) declarator = ParseDeclarator(DeclaratorMode.Named);
                ExpressionSyntax? width = null;
                if (Accept(TokenKind.Colon)) width = ParseConditionalExpression();
                var attributes = new List<AttributeSyntax>();
                ParseAttributesIfAny(attributes);
                declarators.Add(new MemberDeclaratorSyntax(loc, declarator, width, attributes));
                if (!Accept(TokenKind.Comma)) break;
            }
        }
        if (Kind == TokenKind.RightBrace) Pedantic(ParserErrors.NoSemicolonAtEndOfStruct, Location);
        else ExpectSemicolon(ParserErrors.ExpectedSemicolonAfterMember);
        return new FieldDeclarationSyntax(start, specifiers, declarators);
    }

    // enum-specifier: enum attributes? identifier? { enumerator-list ,? } attributes? | enum identifier
    private EnumSpecifierSyntax ParseEnumSpecifier()
    {
        var loc = Advance().Location;
        var attributes = new List<AttributeSyntax>();
        ParseAttributesIfAny(attributes);
        string? tag = null;
        var tagLocation = SourceLocation.None;
        if (Kind == TokenKind.Identifier)
        {
            tagLocation = Location;
            tag = Advance().Text;
            ParseAttributesIfAny(attributes);
        }
        List<EnumeratorSyntax>? enumerators = null;
        if (Kind == TokenKind.LeftBrace)
        {
            using (Nest())
            {
                Advance();
                enumerators = [];
                while (Kind != TokenKind.RightBrace)
                {
                    // enumerator: enumeration-constant attributes? | enumeration-constant attributes? = constant-expression
                    var nameToken = ExpectIdentifier();
                    var enumAttributes = new List<AttributeSyntax>();
                    ParseAttributesIfAny(enumAttributes);
                    ExpressionSyntax? value = null;
                    if (Accept(TokenKind.Equal)) value = ParseConditionalExpression();
                    enumerators.Add(new EnumeratorSyntax(nameToken.Location, nameToken.Text, value, enumAttributes));
                    Declare(nameToken.Text, false);
                    if (!Accept(TokenKind.Comma)) break;
                }
                if (enumerators.Count == 0) ReportError(ParserErrors.EmptyEnum, Location);
                Expect(TokenKind.RightBrace, "}");
            }
            ParseAttributesIfAny(attributes);
        }
        else if (tag is null)
        {
            Fail(ParserErrors.ExpectedToken, Location, "{");
        }
        return new EnumSpecifierSyntax(loc, tag, tagLocation, enumerators, attributes);
    }

    // ---- attributes ---------------------------------------------------------------------

    // gnu-attributes?
    private void ParseAttributesIfAny(List<AttributeSyntax> into)
    {
        if (Kind == TokenKind.KwAttribute) ParseAttributes(into);
    }

    // gnu-attributes: ( __attribute__ ( ( attribute-list ) ) )+ ; attribute-list: attribute? ( , attribute? )*
    private void ParseAttributes(List<AttributeSyntax> into)
    {
        while (Kind == TokenKind.KwAttribute)
        {
            Advance();
            using (Nest())
            {
                Expect(TokenKind.LeftParen, "(");
                Expect(TokenKind.LeftParen, "(");
                while (Kind != TokenKind.RightParen && Kind != TokenKind.EndOfFile)
                {
                    if (Accept(TokenKind.Comma)) continue;
                    // attribute: name | name ( arguments ); names may be keywords (`const`, `__const__`)
                    if (Kind != TokenKind.Identifier && !Keywords.IsKeyword(Kind)) Fail(ParserErrors.ExpectedIdentifier, Location);
                    var nameToken = Advance();
                    IReadOnlyList<ExpressionSyntax>? arguments = null;
                    var unparsed = false;
                    if (Kind == TokenKind.LeftParen) (arguments, unparsed) = ParseAttributeArguments();
                    into.Add(new AttributeSyntax(nameToken.Location, nameToken.Text, arguments, unparsed));
                    if (Kind != TokenKind.RightParen) Expect(TokenKind.Comma, ",");
                }
                Expect(TokenKind.RightParen, ")");
                Expect(TokenKind.RightParen, ")");
            }
        }
    }

    /// <summary>( expression-list? ), parsed speculatively; arguments that are no expressions are skipped.</summary>
    private (IReadOnlyList<ExpressionSyntax> Arguments, bool Unparsed) ParseAttributeArguments()
    {
        var open = _pos;
        var checkpoint = Save();
        _speculative++;
        try
        {
            Advance();
            var arguments = new List<ExpressionSyntax>();
            while (Kind != TokenKind.RightParen)
            {
                arguments.Add(ParseAssignmentExpression());
                if (!Accept(TokenKind.Comma)) break;
            }
            Expect(TokenKind.RightParen, ")");
            _speculative--;
            return (arguments, false);
        }
        catch (SpeculationFailed)
        {
            Restore(checkpoint);
            _pos = open;
            SkipBalancedParens();
            return ([], true);
        }
    }
}
