using Altitude.Diagnostics;

namespace Altitude.Sexpcode;

/// <summary>Diagnostics of the sexpcode reader, validator and of lowering (SXP0xx).</summary>
public static class SexpErrors
{
    // ---- reader (text form)
    public static readonly DiagnosticDescriptor UnexpectedEnd =
        new("SXP001", "unexpected-end", "unexpected end of input: {0}");

    public static readonly DiagnosticDescriptor UnbalancedClose =
        new("SXP002", "unbalanced-close", "')' without a matching '('");

    public static readonly DiagnosticDescriptor UnknownTag =
        new("SXP003", "unknown-tag", "unknown tag '{0}'");

    public static readonly DiagnosticDescriptor ExpectedTag =
        new("SXP004", "expected-tag", "expected a tag name after '(', found {0}");

    public static readonly DiagnosticDescriptor IntegerOutOfRange =
        new("SXP005", "integer-out-of-range", "integer '{0}' does not fit in 64 bits");

    public static readonly DiagnosticDescriptor BadNumber =
        new("SXP006", "bad-number", "malformed number '{0}'");

    public static readonly DiagnosticDescriptor BadEscape =
        new("SXP007", "bad-escape", "invalid escape sequence in string: {0}");

    public static readonly DiagnosticDescriptor UnterminatedString =
        new("SXP008", "unterminated-string", "missing terminating '\"' character");

    public static readonly DiagnosticDescriptor TooDeep =
        new("SXP009", "nesting-too-deep", "sexps nested deeper than {0} levels");

    public static readonly DiagnosticDescriptor UnexpectedCharacter =
        new("SXP010", "unexpected-character", "unexpected character {0}");

    public static readonly DiagnosticDescriptor TrailingInput =
        new("SXP011", "trailing-input", "unexpected input after the end of the sexp");

    public static readonly DiagnosticDescriptor BadLocation =
        new("SXP012", "bad-location", "malformed location '{0}' (expected @FILE:LINE:COL within range)");

    public static readonly DiagnosticDescriptor EmptyInput =
        new("SXP013", "empty-input", "no sexp in input");

    // ---- validator (structure)
    public static readonly DiagnosticDescriptor WrongChild =
        new("SXP020", "wrong-child", "in {0}: child {1} of '{2}' must be {3}, found {4}");

    public static readonly DiagnosticDescriptor MissingChild =
        new("SXP021", "missing-child", "in {0}: '{1}' needs {2} after {3} children (shape: {4})");

    public static readonly DiagnosticDescriptor ExtraChild =
        new("SXP022", "extra-child", "in {0}: '{1}' has an unexpected child {2}: {3} (shape: {4})");

    public static readonly DiagnosticDescriptor BadRoot =
        new("SXP023", "bad-root", "sexpcode must be a 'program' or a 'unit', found '{0}'");

    public static readonly DiagnosticDescriptor UndefinedLabel =
        new("SXP024", "undefined-label", "in {0}: label '{1}' is not defined in this function");

    public static readonly DiagnosticDescriptor DuplicateLabel =
        new("SXP025", "duplicate-label", "in {0}: label '{1}' is defined twice");

    public static readonly DiagnosticDescriptor UndeclaredLocal =
        new("SXP026", "undeclared-local", "in {0}: local '{1}' is not a parameter or local of this function");

    public static readonly DiagnosticDescriptor UndefinedType =
        new("SXP027", "undefined-type", "in {0}: {1} '{2}' is not in the types section");

    public static readonly DiagnosticDescriptor FileIndexOutOfRange =
        new("SXP028", "file-index", "in {0}: location file index {1} is not in the files table ({2} files)");

    public static readonly DiagnosticDescriptor DuplicateDefinition =
        new("SXP029", "duplicate-definition", "in {0}: '{1}' is defined twice");

    public static readonly DiagnosticDescriptor UndeclaredGlobal =
        new("SXP030", "undeclared-global", "in {0}: '{1}' is not a global or function of this unit");

    public static readonly DiagnosticDescriptor MisplacedLocation =
        new("SXP031", "misplaced-location", "in {0}: a location may only be the first child of '{1}'");

    public static readonly DiagnosticDescriptor BadValue =
        new("SXP032", "bad-value", "in {0}: invalid {1} {2}");

    // ---- lowering
    public static readonly DiagnosticDescriptor Unsupported =
        new("SXP040", "lowering-unsupported", "cannot lower {0} to sexpcode yet");
}
