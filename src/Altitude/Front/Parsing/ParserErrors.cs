using Altitude.Diagnostics;

namespace Altitude.Front.Parsing;

/// <summary>Diagnostics of the parser (translation phase 7, syntax).</summary>
public static class ParserErrors
{
    public static readonly DiagnosticDescriptor ExpectedSemicolonAfterExpression =
        new("SYN001", "expected-semicolon-after-expression", "expected ';' after expression", Clause: "6.8.3");

    public static readonly DiagnosticDescriptor ExpectedExpression =
        new("SYN002", "expected-expression", "expected expression", Clause: "6.5.1");

    public static readonly DiagnosticDescriptor ExpectedToken =
        new("SYN003", "expected-token", "expected '{0}'");

    public static readonly DiagnosticDescriptor ExpectedSemicolonAfterDeclaration =
        new("SYN004", "expected-semicolon-after-declaration", "expected ';' after declaration", Clause: "6.7");

    public static readonly DiagnosticDescriptor ExpectedIdentifier =
        new("SYN005", "expected-identifier", "expected identifier", Clause: "6.4.2");

    public static readonly DiagnosticDescriptor ExpectedDeclarator =
        new("SYN006", "expected-declarator", "expected identifier or '('", Clause: "6.7.6");

    public static readonly DiagnosticDescriptor ExpectedStatement =
        new("SYN007", "expected-statement", "expected statement", Clause: "6.8");

    public static readonly DiagnosticDescriptor NestingTooDeep =
        new("SYN008", "nesting-too-deep", "nesting too deep: more than {0} levels of parentheses, brackets, blocks or declarators", Clause: "5.2.4.1");

    public static readonly DiagnosticDescriptor ExpectedTypeName =
        new("SYN009", "expected-type-name", "expected type name", Clause: "6.7.7");

    public static readonly DiagnosticDescriptor ImplicitInt =
        new("SYN010", "implicit-int", "type defaults to 'int' in declaration of '{0}'", DiagnosticSeverity.Warning, "6.7.2p2") { Pedantic = true };

    public static readonly DiagnosticDescriptor ExtraSemicolonOutsideFunction =
        new("SYN011", "extra-semicolon", "ISO C does not allow extra ';' outside of a function", DiagnosticSeverity.Warning, "6.9") { Pedantic = true };

    public static readonly DiagnosticDescriptor ExpectedDeclarationSpecifiers =
        new("SYN012", "expected-declaration-specifiers", "expected declaration specifiers", Clause: "6.7");

    public static readonly DiagnosticDescriptor ExpectedSemicolonAfterStatement =
        new("SYN013", "expected-semicolon-after-statement", "expected ';' after {0} statement", Clause: "6.8.6");

    public static readonly DiagnosticDescriptor ExpectedMemberName =
        new("SYN014", "expected-member-name", "expected member name after '{0}'", Clause: "6.5.2.3");

    public static readonly DiagnosticDescriptor ExpectedFunctionBody =
        new("SYN015", "expected-function-body", "expected '{' for function body", Clause: "6.9.1");

    public static readonly DiagnosticDescriptor ExpectedCloseBraceAtEnd =
        new("SYN016", "expected-close-brace", "expected '}' at end of input", Clause: "6.8.2");

    public static readonly DiagnosticDescriptor ExpectedStringLiteral =
        new("SYN017", "expected-string-literal", "expected string literal", Clause: "6.4.5");

    public static readonly DiagnosticDescriptor UnknownTypeName =
        new("SYN018", "unknown-type-name", "unknown type name '{0}'", Clause: "6.7.2");

    public static readonly DiagnosticDescriptor LabelBeforeDeclaration =
        new("SYN019", "label-before-declaration", "a label can only be part of a statement and a declaration is not a statement", DiagnosticSeverity.Warning, "6.8.1") { Pedantic = true };

    public static readonly DiagnosticDescriptor NoSemicolonAtEndOfStruct =
        new("SYN020", "no-semicolon-at-end-of-struct", "no semicolon at end of struct or union", DiagnosticSeverity.Warning, "6.7.2.1") { Pedantic = true };

    public static readonly DiagnosticDescriptor ExpectedSemicolonAfterMember =
        new("SYN021", "expected-semicolon-after-member", "expected ';' at end of member declaration", Clause: "6.7.2.1");

    public static readonly DiagnosticDescriptor ExpectedEquals =
        new("SYN022", "expected-equals", "expected '=' after designator", Clause: "6.7.9");

    public static readonly DiagnosticDescriptor LabelAtEndOfCompound =
        new("SYN023", "label-at-end-of-compound", "label at end of compound statement", DiagnosticSeverity.Warning, "6.8.1") { Pedantic = true };

    public static readonly DiagnosticDescriptor ExtraSemicolonInStruct =
        new("SYN024", "extra-semicolon-in-struct", "extra semicolon in struct or union specified", DiagnosticSeverity.Warning, "6.7.2.1") { Pedantic = true };

    public static readonly DiagnosticDescriptor ExpectedFunctionDeclarator =
        new("SYN025", "expected-function-declarator", "function definition does not declare a function", Clause: "6.9.1p2");

    public static readonly DiagnosticDescriptor EmptyEnum =
        new("SYN026", "empty-enum", "empty enum is invalid", Clause: "6.7.2.2");

    public static readonly DiagnosticDescriptor EmptyInitializerBraces =
        new("SYN027", "empty-initializer-braces", "ISO C forbids empty initializer braces", DiagnosticSeverity.Warning, "6.7.9p1") { Pedantic = true };

    public static readonly DiagnosticDescriptor EmptyStruct =
        new("SYN028", "empty-struct", "struct or union has no members", DiagnosticSeverity.Warning, "6.7.2.1p1") { Pedantic = true };

    public static readonly DiagnosticDescriptor AlignofExpression =
        new("SYN029", "alignof-expression", "ISO C does not allow '_Alignof (expression)'", DiagnosticSeverity.Warning, "6.5.3.4p1") { Pedantic = true };

    // ---- literal decoding (used by semantic analysis through Literals) ----

    public static readonly DiagnosticDescriptor IntegerTooLarge =
        new("SYN101", "integer-too-large", "integer constant is too large for its type", Clause: "6.4.4.1p6");

    public static readonly DiagnosticDescriptor IntegerSoLargeItIsUnsigned =
        new("SYN102", "integer-so-large-unsigned", "integer constant is so large that it is unsigned", DiagnosticSeverity.Warning, "6.4.4.1p5") { Pedantic = true };

    public static readonly DiagnosticDescriptor InvalidDigit =
        new("SYN103", "invalid-digit", "invalid digit '{0}' in {1} constant", Clause: "6.4.4.1");

    public static readonly DiagnosticDescriptor InvalidSuffix =
        new("SYN104", "invalid-suffix", "invalid suffix \"{0}\" on {1} constant", Clause: "6.4.4");

    public static readonly DiagnosticDescriptor MalformedFloating =
        new("SYN105", "malformed-floating", "malformed floating constant '{0}'", Clause: "6.4.4.2");

    public static readonly DiagnosticDescriptor FloatingOutOfRange =
        new("SYN106", "floating-out-of-range", "floating constant exceeds range of '{0}'", DiagnosticSeverity.Warning, "6.4.4.2p3") { Pedantic = true };

    public static readonly DiagnosticDescriptor HexEscapeOutOfRange =
        new("SYN107", "hex-escape-out-of-range", "hex escape sequence out of range", Clause: "6.4.4.4p9");

    public static readonly DiagnosticDescriptor OctalEscapeOutOfRange =
        new("SYN108", "octal-escape-out-of-range", "octal escape sequence out of range", Clause: "6.4.4.4p9");

    public static readonly DiagnosticDescriptor UnknownEscape =
        new("SYN109", "unknown-escape", "unknown escape sequence: '\\{0}'", DiagnosticSeverity.Warning, "6.4.4.4") { Pedantic = true };

    public static readonly DiagnosticDescriptor InvalidUniversalCharacter =
        new("SYN110", "invalid-ucn", "universal character name '{0}' is not valid here", Clause: "6.4.3p2");

    public static readonly DiagnosticDescriptor IncompleteUniversalCharacter =
        new("SYN111", "incomplete-ucn", "incomplete universal character name '{0}'", Clause: "6.4.3");

    public static readonly DiagnosticDescriptor EmptyCharacterConstant =
        new("SYN112", "empty-character-constant", "empty character constant", Clause: "6.4.4.4");

    public static readonly DiagnosticDescriptor MultiCharacterConstant =
        new("SYN113", "multichar", "multi-character character constant", DiagnosticSeverity.Warning, "6.4.4.4p10");

    public static readonly DiagnosticDescriptor CharacterConstantTooLong =
        new("SYN114", "character-constant-too-long", "character constant too long for its type", DiagnosticSeverity.Warning, "6.4.4.4p10");

    public static readonly DiagnosticDescriptor CharacterNotEncodable =
        new("SYN115", "character-not-encodable", "character not encodable in a single code unit", Clause: "6.4.4.4p11");

    public static readonly DiagnosticDescriptor IncompatibleStringConcatenation =
        new("SYN116", "incompatible-string-concatenation", "unsupported non-standard concatenation of string literals", Clause: "6.4.5p5");

    public static readonly DiagnosticDescriptor HexEscapeWithoutDigits =
        new("SYN117", "hex-escape-without-digits", "\\x used with no following hex digits", Clause: "6.4.4.4");
}
