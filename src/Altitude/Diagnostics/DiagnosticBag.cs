using Altitude.Text;

namespace Altitude.Diagnostics;

/// <summary>Collects the diagnostics of one compilation, in the order they were reported.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    /// <summary>After this many errors a phase should stop; the bag refuses more and marks itself truncated.</summary>
    public int ErrorLimit { get; init; } = 50;

    public IReadOnlyList<Diagnostic> Items => _items;

    public int ErrorCount { get; private set; }

    public bool HasErrors => ErrorCount > 0;

    public bool ReachedErrorLimit => ErrorCount >= ErrorLimit;

    /// <summary>-pedantic-errors: pedantic warnings are added as errors.</summary>
    public bool PedanticErrors { get; init; }

    public void Add(Diagnostic diagnostic)
    {
        if (PedanticErrors && diagnostic.Descriptor.Pedantic && diagnostic.Severity == DiagnosticSeverity.Warning)
        {
            diagnostic = diagnostic with { Severity = DiagnosticSeverity.Error };
        }
        if (diagnostic.Severity == DiagnosticSeverity.Error)
        {
            if (ErrorCount >= ErrorLimit) return;
            ErrorCount++;
        }
        _items.Add(diagnostic);
    }

    public Diagnostic Report(DiagnosticDescriptor descriptor, SourceLocation location, params object?[] args)
    {
        var diagnostic = descriptor.At(location, args);
        Add(diagnostic);
        return diagnostic;
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics) Add(d);
    }
}
