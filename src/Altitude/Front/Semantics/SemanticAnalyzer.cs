using Altitude.Diagnostics;
using Altitude.Front.Parsing;

namespace Altitude.Front.Semantics;

/// <summary>Entry point of semantic analysis: syntax tree in, bound tree out, diagnostics in the bag.</summary>
public static class SemanticAnalyzer
{
    /// <summary>Analyses one translation unit. Never throws for any input: problems are diagnostics.</summary>
    public static BoundTranslationUnit Analyze(TranslationUnitSyntax unit, DiagnosticBag diagnostics, SemanticOptions? options = null)
    {
        var binder = new Binder(diagnostics, options ?? SemanticOptions.Default);
        return binder.BindTranslationUnit(unit);
    }
}
