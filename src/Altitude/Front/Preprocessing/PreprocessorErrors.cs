using Altitude.Diagnostics;

namespace Altitude.Front.Preprocessing;

/// <summary>Diagnostics of the preprocessor (translation phase 4, C17 6.10).</summary>
public static class PreprocessorErrors
{
    private const DiagnosticSeverity Warning = DiagnosticSeverity.Warning;

    // Conditional inclusion (6.10.1).
    public static readonly DiagnosticDescriptor UnterminatedConditional =
        new("CPP001", "unterminated-conditional", "unterminated #{0}", Clause: "6.10.1");
    public static readonly DiagnosticDescriptor ConditionalWithoutIf =
        new("CPP002", "conditional-without-if", "#{0} without #if", Clause: "6.10.1");
    public static readonly DiagnosticDescriptor ConditionalAfterElse =
        new("CPP003", "conditional-after-else", "#{0} after #else", Clause: "6.10.1");
    public static readonly DiagnosticDescriptor UnknownDirective =
        new("CPP004", "unknown-directive", "invalid preprocessing directive #{0}", Clause: "6.10");

    // Source file inclusion (6.10.2).
    public static readonly DiagnosticDescriptor IncludeNotFound =
        new("CPP005", "include-not-found", "'{0}' file not found", Clause: "6.10.2");
    public static readonly DiagnosticDescriptor IncludeDepth =
        new("CPP006", "include-depth", "#include nested more than {0} levels deep", Clause: "6.10.2p6");
    public static readonly DiagnosticDescriptor IncludeSyntax =
        new("CPP007", "include-syntax", "#{0} expects \"FILENAME\" or <FILENAME>", Clause: "6.10.2");

    // Macro definition (6.10.3).
    public static readonly DiagnosticDescriptor MacroNameMissing =
        new("CPP008", "macro-name-missing", "macro names must be identifiers", Clause: "6.10.3");
    public static readonly DiagnosticDescriptor DefineDefined =
        new("CPP009", "define-defined", "\"defined\" cannot be used as a macro name", Clause: "6.10.8p2");
    public static readonly DiagnosticDescriptor MacroRedefined =
        new("CPP010", "macro-redefined", "\"{0}\" redefined", Warning, "6.10.3p2") { Pedantic = true };
    public static readonly DiagnosticDescriptor BadParameter =
        new("CPP011", "bad-parameter", "expected parameter name, found \"{0}\"", Clause: "6.10.3");
    public static readonly DiagnosticDescriptor DuplicateParameter =
        new("CPP012", "duplicate-parameter", "duplicate macro parameter \"{0}\"", Clause: "6.10.3p6");
    public static readonly DiagnosticDescriptor HashWithoutParameter =
        new("CPP013", "hash-without-parameter", "'#' is not followed by a macro parameter", Clause: "6.10.3.2p1");
    public static readonly DiagnosticDescriptor HashHashAtEdge =
        new("CPP014", "hashhash-at-edge", "'##' cannot appear at either end of a macro expansion", Clause: "6.10.3.3p1");
    public static readonly DiagnosticDescriptor VaArgsOutsideVariadic =
        new("CPP015", "va-args-outside-variadic", "__VA_ARGS__ can only appear in the expansion of a variadic macro", Warning, "6.10.3p5") { Pedantic = true };

    // Macro invocation (6.10.3, 6.10.3.3).
    public static readonly DiagnosticDescriptor UnterminatedArguments =
        new("CPP016", "unterminated-arguments", "unterminated argument list invoking macro \"{0}\"", Clause: "6.10.3p10");
    public static readonly DiagnosticDescriptor TooManyArguments =
        new("CPP017", "too-many-arguments", "macro \"{0}\" passed {1} arguments, but takes just {2}", Clause: "6.10.3p4");
    public static readonly DiagnosticDescriptor TooFewArguments =
        new("CPP018", "too-few-arguments", "macro \"{0}\" requires {2} arguments, but only {1} given", Clause: "6.10.3p4");
    public static readonly DiagnosticDescriptor InvalidPaste =
        new("CPP019", "invalid-paste", "pasting \"{0}\" and \"{1}\" does not give a valid preprocessing token", Clause: "6.10.3.3p3");
    public static readonly DiagnosticDescriptor ExpansionTooLarge =
        new("CPP020", "expansion-too-large", "macro expansion produced more than {0} tokens; giving up");
    public static readonly DiagnosticDescriptor ExpansionTooDeep =
        new("CPP021", "expansion-too-deep", "macro invocations nested more than {0} levels deep in arguments");

    // Diagnostic directives (6.10.5) and GNU #warning.
    public static readonly DiagnosticDescriptor ErrorDirective =
        new("CPP022", "error-directive", "#error {0}", Clause: "6.10.5");
    public static readonly DiagnosticDescriptor WarningDirective =
        new("CPP023", "warning-directive", "#warning {0}", Warning);

    // #if expressions (6.10.1).
    public static readonly DiagnosticDescriptor IfWithoutExpression =
        new("CPP024", "if-without-expression", "#{0} with no expression", Clause: "6.10.1");
    public static readonly DiagnosticDescriptor IfMissingOperator =
        new("CPP025", "if-missing-operator", "missing binary operator before token \"{0}\"", Clause: "6.10.1");
    public static readonly DiagnosticDescriptor IfExpectedValue =
        new("CPP026", "if-expected-value", "expected value in expression, found \"{0}\"", Clause: "6.10.1");
    public static readonly DiagnosticDescriptor IfMissingParen =
        new("CPP027", "if-missing-paren", "missing ')' in expression", Clause: "6.10.1");
    public static readonly DiagnosticDescriptor IfDivisionByZero =
        new("CPP028", "if-division-by-zero", "division by zero in #if", Clause: "6.5.5p5");
    public static readonly DiagnosticDescriptor IfFloat =
        new("CPP029", "if-float", "floating constant in preprocessor expression", Clause: "6.10.1p1");
    public static readonly DiagnosticDescriptor IfInvalidNumber =
        new("CPP030", "if-invalid-number", "invalid integer constant \"{0}\" in #if", Clause: "6.4.4.1");
    public static readonly DiagnosticDescriptor IfInvalidToken =
        new("CPP031", "if-invalid-token", "token \"{0}\" is not valid in preprocessor expressions", Clause: "6.10.1p1");
    public static readonly DiagnosticDescriptor DefinedSyntax =
        new("CPP032", "defined-syntax", "operator \"defined\" requires an identifier", Clause: "6.10.1p1");

    // #line (6.10.4), #ifdef, misc.
    public static readonly DiagnosticDescriptor LineSyntax =
        new("CPP033", "line-syntax", "\"{0}\" after #line is not a positive integer", Clause: "6.10.4");
    public static readonly DiagnosticDescriptor ExtraTokens =
        new("CPP034", "extra-tokens", "extra tokens at end of #{0} directive", Warning) { Pedantic = true };
    public static readonly DiagnosticDescriptor NoMacroName =
        new("CPP035", "no-macro-name", "no macro name given in #{0} directive", Clause: "6.10.1");
    public static readonly DiagnosticDescriptor PragmaOperatorSyntax =
        new("CPP036", "pragma-operator-syntax", "_Pragma takes a parenthesized string literal", Clause: "6.10.9");
    public static readonly DiagnosticDescriptor HasIncludeSyntax =
        new("CPP037", "has-include-syntax", "operator \"{0}\" requires a header-name");
    public static readonly DiagnosticDescriptor NestingTooDeep =
        new("CPP038", "nesting-too-deep", "{0} nested more than {1} levels deep");
    public static readonly DiagnosticDescriptor IfMissingColon =
        new("CPP039", "if-missing-colon", "'?' without following ':' in expression", Clause: "6.5.15");
    public static readonly DiagnosticDescriptor IntegerTooLarge =
        new("CPP040", "integer-too-large", "integer constant is so large that it is unsigned", Warning, "6.4.4.1p5") { Pedantic = true };
    public static readonly DiagnosticDescriptor IncludeNextInPrimary =
        new("CPP041", "include-next-in-primary", "#include_next in primary source file", Warning);
    public static readonly DiagnosticDescriptor PragmaError =
        new("CPP042", "pragma-error", "{0}");
    public static readonly DiagnosticDescriptor PragmaWarning =
        new("CPP043", "pragma-warning", "{0}", Warning);
    public static readonly DiagnosticDescriptor VaOptSyntax =
        new("CPP044", "va-opt-syntax", "__VA_OPT__ must be followed by a parenthesized token sequence in a variadic macro");
    public static readonly DiagnosticDescriptor CharConstant =
        new("CPP045", "char-constant", "invalid character constant {0} in #if", Clause: "6.4.4.4");
    public static readonly DiagnosticDescriptor MissingParamParen =
        new("CPP046", "missing-param-paren", "missing ')' in macro parameter list", Clause: "6.10.3");
    public static readonly DiagnosticDescriptor IfOverflow =
        new("CPP047", "if-overflow", "integer overflow in preprocessor expression", Warning, "6.5p5") { Pedantic = true };
    public static readonly DiagnosticDescriptor UndefBuiltin =
        new("CPP048", "undef-builtin", "undefining \"{0}\"", Warning);
    public static readonly DiagnosticDescriptor UnreadableFile =
        new("CPP050", "unreadable-file", "cannot read '{0}': {1}", Clause: "6.10.2");
    public static readonly DiagnosticDescriptor StrayInIf =
        new("CPP049", "if-string", "string literal \"{0}\" is not valid in #if", Clause: "6.10.1p1");
}
