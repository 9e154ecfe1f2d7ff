using Altitude.Front.Lexing;
using Altitude.Text;

namespace Altitude.Front.Parsing;

public sealed partial class Parser
{
    private enum DeclaratorMode
    {
        /// <summary>A declarator that must name something (declarations, members).</summary>
        Named,
        /// <summary>An abstract declarator (type names).</summary>
        Abstract,
        /// <summary>Either (parameters).</summary>
        Either,
    }

    private readonly record struct PointerPart(SourceLocation Location, TypeQualifiers Qualifiers, IReadOnlyList<AttributeSyntax> Attributes);

    // declarator: pointer? direct-declarator ; abstract-declarator: pointer | pointer? direct-abstract-declarator
    private DeclaratorSyntax ParseDeclarator(DeclaratorMode mode)
    {
        // GNU attributes before the declarator (`void (__attribute__((noreturn)) *f)(void)`) go to the
        // first pointer, or to the name when there is no pointer.
        List<AttributeSyntax>? leading = null;
        if (Kind == TokenKind.KwAttribute) ParseAttributes(leading = []);
        // pointer: * type-qualifier-list? | * type-qualifier-list? pointer  (parsed as a loop, no recursion)
        List<PointerPart>? pointers = null;
        while (Kind == TokenKind.Star)
        {
            var loc = Advance().Location;
            var qualifiers = TypeQualifiers.None;
            var attributes = pointers is null ? leading : null;
            if (pointers is null) leading = null;
            while (true)
            {
                if (Kind == TokenKind.KwConst) qualifiers |= TypeQualifiers.Const;
                else if (Kind == TokenKind.KwVolatile) qualifiers |= TypeQualifiers.Volatile;
                else if (Kind == TokenKind.KwRestrict) qualifiers |= TypeQualifiers.Restrict;
                else if (Kind == TokenKind.KwAtomic) qualifiers |= TypeQualifiers.Atomic;
                else if (Kind == TokenKind.KwAttribute)
                {
                    ParseAttributes(attributes ??= []);
                    continue;
                }
                else break;
                Advance();
            }
            (pointers ??= []).Add(new PointerPart(loc, qualifiers, attributes ?? (IReadOnlyList<AttributeSyntax>)[]));
        }
        var result = ParseDirectDeclarator(mode, leading);
        if (pointers is not null)
        {
            // The first '*' is the outermost derivation: `* const * volatile p` is a volatile pointer to a const pointer.
            for (var i = pointers.Count - 1; i >= 0; i--)
            {
                var p = pointers[i];
                result = new PointerDeclaratorSyntax(p.Location, p.Qualifiers, p.Attributes, result);
            }
        }
        return result;
    }

    // direct-declarator: identifier | ( declarator ) | direct-declarator [ ... ] | direct-declarator ( ... )
    private DeclaratorSyntax ParseDirectDeclarator(DeclaratorMode mode, List<AttributeSyntax>? leading)
    {
        if (Kind == TokenKind.KwAttribute) ParseAttributes(leading ??= []);
        DeclaratorSyntax result;
        if (Kind == TokenKind.Identifier && mode != DeclaratorMode.Abstract)
        {
            var token = Advance();
            var attributes = leading ?? [];
            // Attributes right after the name (before any suffix) stay on the name.
            if (Kind == TokenKind.KwAttribute && PeekKindAfterAttributes() is TokenKind.LeftBracket or TokenKind.LeftParen) ParseAttributes(attributes);
            result = new IdentifierDeclaratorSyntax(token.Location, token.Text, attributes);
        }
        else if (Kind == TokenKind.LeftParen && IsNestedDeclaratorParen(mode))
        {
            using (Nest())
            {
                Advance();
                result = ParseDeclarator(mode);
                Expect(TokenKind.RightParen, ")");
            }
        }
        else if (mode == DeclaratorMode.Named)
        {
            return Fail<DeclaratorSyntax>(ParserErrors.ExpectedDeclarator, Location);
        }
        else
        {
            result = new IdentifierDeclaratorSyntax(Location, null, leading ?? (IReadOnlyList<AttributeSyntax>)[]);
        }

        while (true)
        {
            if (Kind == TokenKind.LeftBracket) result = ParseArraySuffix(result);
            else if (Kind == TokenKind.LeftParen) result = ParseFunctionSuffix(result);
            else return result;
        }
    }

    /// <summary>The kind of the token after a run of attributes starting here.</summary>
    private TokenKind PeekKindAfterAttributes() => KindAt(IndexAfterAttributes(_pos));

    /// <summary>The index of the first token after a run of <c>__attribute__((...))</c> starting at <paramref name="i"/> (a scan, no parse).</summary>
    private int IndexAfterAttributes(int i)
    {
        while (KindAt(i) == TokenKind.KwAttribute)
        {
            i++;
            if (KindAt(i) != TokenKind.LeftParen) return i;
            var depth = 0;
            while (KindAt(i) != TokenKind.EndOfFile)
            {
                var k = KindAt(i++);
                if (k == TokenKind.LeftParen) depth++;
                else if (k == TokenKind.RightParen && --depth == 0) break;
            }
        }
        return i;
    }

    /// <summary>
    /// At '(' in a declarator: does it open a nested declarator, or (abstract declarators only) a
    /// parameter list? `int (*)(int)` vs `int (int)`; `(T)` with T a typedef name is a parameter list.
    /// </summary>
    private bool IsNestedDeclaratorParen(DeclaratorMode mode)
    {
        if (mode == DeclaratorMode.Named) return true;
        var next = PeekKind(1);
        switch (next)
        {
            case TokenKind.Star:
            case TokenKind.LeftBracket:
            case TokenKind.KwAttribute:
                return true;
            case TokenKind.LeftParen:
                // `((...))`: a nested abstract declarator unless the inner '(' is itself a parameter list start.
                return true;
            case TokenKind.Identifier:
                return mode == DeclaratorMode.Either && !IsTypedefNameAt(_pos + 1);
            default:
                return false;
        }
    }

    // direct-declarator [ type-qualifier-list? assignment-expression? ] | [ static type-qualifier-list? assignment-expression ]
    //   | [ type-qualifier-list static assignment-expression ] | [ type-qualifier-list? * ]
    private ArrayDeclaratorSyntax ParseArraySuffix(DeclaratorSyntax inner)
    {
        var loc = Advance().Location;
        using var _ = Nest();
        var qualifiers = TypeQualifiers.None;
        var isStatic = false;
        while (true)
        {
            if (Kind == TokenKind.KwStatic) isStatic = true;
            else if (Kind == TokenKind.KwConst) qualifiers |= TypeQualifiers.Const;
            else if (Kind == TokenKind.KwVolatile) qualifiers |= TypeQualifiers.Volatile;
            else if (Kind == TokenKind.KwRestrict) qualifiers |= TypeQualifiers.Restrict;
            else if (Kind == TokenKind.KwAtomic) qualifiers |= TypeQualifiers.Atomic;
            else break;
            Advance();
        }
        if (Kind == TokenKind.Star && PeekKind(1) == TokenKind.RightBracket)
        {
            Advance();
            Advance();
            return new ArrayDeclaratorSyntax(loc, inner, null, qualifiers, isStatic, IsUnspecifiedVla: true);
        }
        ExpressionSyntax? size = null;
        if (Kind != TokenKind.RightBracket) size = ParseAssignmentExpression();
        Expect(TokenKind.RightBracket, "]");
        return new ArrayDeclaratorSyntax(loc, inner, size, qualifiers, isStatic, IsUnspecifiedVla: false);
    }

    // direct-declarator ( parameter-type-list ) | direct-declarator ( identifier-list? )
    private FunctionDeclaratorSyntax ParseFunctionSuffix(DeclaratorSyntax inner)
    {
        var loc = Advance().Location;
        using var _ = Nest();
        if (Accept(TokenKind.RightParen))
            return new FunctionDeclaratorSyntax(loc, inner, [], false, []);

        // identifier-list: identifier | identifier-list , identifier  (K&R; names that are not typedef names)
        if (Kind == TokenKind.Identifier && !IsTypedefName(Current.Text) && PeekKind(1) is TokenKind.Comma or TokenKind.RightParen)
        {
            var names = new List<IdentifierNameSyntax>();
            while (true)
            {
                var t = ExpectIdentifier();
                names.Add(new IdentifierNameSyntax(t.Location, t.Text));
                if (!Accept(TokenKind.Comma)) break;
            }
            Expect(TokenKind.RightParen, ")");
            return new FunctionDeclaratorSyntax(loc, inner, [], false, names);
        }

        // parameter-type-list: parameter-list | parameter-list , ...   (a function prototype scope, C17 6.2.1p4)
        var parameters = new List<ParameterDeclarationSyntax>();
        var variadic = false;
        PushScope();
        try
        {
            while (true)
            {
                if (Accept(TokenKind.Ellipsis))
                {
                    variadic = true;
                    break;
                }
                parameters.Add(ParseParameterDeclaration());
                if (!Accept(TokenKind.Comma)) break;
            }
        }
        finally
        {
            PopScope();
        }
        Expect(TokenKind.RightParen, ")");
        return new FunctionDeclaratorSyntax(loc, inner, parameters, variadic, null);
    }

    // parameter-declaration: declaration-specifiers declarator | declaration-specifiers abstract-declarator?
    private ParameterDeclarationSyntax ParseParameterDeclaration()
    {
        var start = Location;
        if (Kind == TokenKind.Identifier && !IsTypedefName(Current.Text))
        {
            // `void f(foo_t *p)` with foo_t undeclared.
            ReportError(ParserErrors.UnknownTypeName, Location, Current.Text);
            var t = Advance();
            var specifiersForUnknown = ParseDeclarationSpecifiers();
            var typeList = new List<TypeSpecifierSyntax> { new TypedefNameSpecifierSyntax(t.Location, t.Text) };
            typeList.AddRange(specifiersForUnknown.TypeSpecifiers);
            return FinishParameter(start, specifiersForUnknown with { Location = t.Location, TypeSpecifiers = typeList });
        }
        var specifiers = ParseDeclarationSpecifiers(allowUnknownTypeName: true);
        if (NothingSpecified(specifiers)) Fail(ParserErrors.ExpectedDeclarationSpecifiers, Location);
        return FinishParameter(start, specifiers);
    }

    private ParameterDeclarationSyntax FinishParameter(SourceLocation start, DeclarationSpecifiersSyntax specifiers)
    {
        var declarator = ParseDeclarator(DeclaratorMode.Either);
        if (specifiers.IsImplicitInt)
            Pedantic(ParserErrors.ImplicitInt, declarator.Innermost.Location, declarator.DeclaredName ?? "");
        var attributes = new List<AttributeSyntax>();
        ParseAttributesIfAny(attributes);
        if (declarator.DeclaredName is { } name) Declare(name, false);
        return new ParameterDeclarationSyntax(start, specifiers, declarator, attributes);
    }

    // type-name: specifier-qualifier-list abstract-declarator?
    private TypeNameSyntax ParseTypeName()
    {
        var start = Location;
        var specifiers = ParseDeclarationSpecifiers();
        if (specifiers.TypeSpecifiers.Count == 0 && specifiers.Qualifiers == TypeQualifiers.None)
            Fail(ParserErrors.ExpectedTypeName, Location);
        var declarator = ParseDeclarator(DeclaratorMode.Abstract);
        return new TypeNameSyntax(start, specifiers, declarator);
    }
}
