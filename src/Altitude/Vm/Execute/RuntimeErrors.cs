using Altitude.Diagnostics;

namespace Altitude.Vm.Execute;

/// <summary>The execution engine's diagnostics (ALT2xx undefined operations, ALT9xx VM limits).</summary>
public static class RuntimeErrors
{
    public static readonly DiagnosticDescriptor SignedOverflow =
        new("ALT201", "signed-overflow", "signed integer overflow: {0}", DiagnosticSeverity.Error, "6.5p5");
    public static readonly DiagnosticDescriptor DivisionByZero =
        new("ALT202", "division-by-zero", "{0}", DiagnosticSeverity.Error, "6.5.5p5");
    public static readonly DiagnosticDescriptor ShiftOutOfRange =
        new("ALT203", "shift-out-of-range", "{0}", DiagnosticSeverity.Error, "6.5.7p3-4");
    public static readonly DiagnosticDescriptor FloatConversionOutOfRange =
        new("ALT204", "float-conversion-out-of-range", "{0}", DiagnosticSeverity.Error, "6.3.1.4p1");
    public static readonly DiagnosticDescriptor IndeterminateValue =
        new("ALT205", "indeterminate-value", "{0} depends on an indeterminate value: {1}", DiagnosticSeverity.Error, "6.2.6.1, 6.3.2.1p2, 6.7.9p10");
    public static readonly DiagnosticDescriptor BadFunctionPointer =
        new("ALT206", "invalid-function-pointer", "call through a pointer that does not point to a function: {0}", DiagnosticSeverity.Error, "6.5.2.2p1");
    public static readonly DiagnosticDescriptor AssertionFailed =
        new("ALT207", "assertion-failed", "{0}", DiagnosticSeverity.Error, "7.2.1.1");
    public static readonly DiagnosticDescriptor VlaSize =
        new("ALT208", "vla-size", "variable-length array size {0} bytes is not positive", DiagnosticSeverity.Error, "6.7.6.2p5");
    public static readonly DiagnosticDescriptor IndexOutOfRange =
        new("ALT209", "array-index-out-of-range", "array index {0} is out of range for type '{1}' ({2} elements)", DiagnosticSeverity.Error, "6.5.6p8, J.2");
    public static readonly DiagnosticDescriptor StackOverflow =
        new("ALT903", "stack-overflow", "call depth limit of {0} frames exceeded", DiagnosticSeverity.Error, null);
    public static readonly DiagnosticDescriptor StepLimit =
        new("ALT904", "step-limit", "step limit of {0} statements exceeded", DiagnosticSeverity.Error, null);
    public static readonly DiagnosticDescriptor UnsupportedFunction =
        new("ALT905", "unsupported-library-function", "call to unsupported library function '{0}'", DiagnosticSeverity.Error, null);
    public static readonly DiagnosticDescriptor Unsupported =
        new("ALT906", "unsupported", "not supported by the VM yet: {0}", DiagnosticSeverity.Error, null);
    public static readonly DiagnosticDescriptor UndefinedSymbol =
        new("ALT907", "undefined-symbol", "undefined reference to '{0}'", DiagnosticSeverity.Error, "6.9p5");
    public static readonly DiagnosticDescriptor DuplicateDefinition =
        new("ALT909", "duplicate-definition", "multiple definition of '{0}'; first defined at {1}", DiagnosticSeverity.Error, "6.9p5");
    public static readonly DiagnosticDescriptor NoMain =
        new("ALT908", "no-main", "the program defines no 'main' function", DiagnosticSeverity.Error, null);
    public static readonly DiagnosticDescriptor InvalidPointerValue =
        new("ALT302", "invalid-pointer-value", "{0} depends on an invalid pointer value: {1}", DiagnosticSeverity.Error, "6.5.2.3p3, 6.2.6.1p5");
    public static readonly DiagnosticDescriptor LibraryMisuse =
        new("ALT301", "library-precondition", "{0}", DiagnosticSeverity.Error, null);
}
