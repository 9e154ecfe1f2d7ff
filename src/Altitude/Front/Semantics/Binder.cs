using System.Collections.Immutable;
using Altitude.Diagnostics;
using Altitude.Front.Parsing;

namespace Altitude.Front.Semantics;

internal sealed partial class Binder(DiagnosticBag diagnostics, SemanticOptions options)
{
    private readonly DiagnosticBag _diagnostics = diagnostics;
    private readonly SemanticOptions _options = options;

    public BoundTranslationUnit BindTranslationUnit(TranslationUnitSyntax unit) =>
        new(unit.Location, [], [], [], [], [], [], []);
}
