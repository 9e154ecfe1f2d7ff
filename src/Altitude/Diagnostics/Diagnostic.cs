using Altitude.Text;

namespace Altitude.Diagnostics;

public enum DiagnosticSeverity
{
    Note,
    Warning,
    Error,
}

/// <summary>
/// The declaration of one kind of diagnostic: a stable id, a short name, a message format
/// (string.Format placeholders), its severity and, where there is one, the C17 clause it enforces.
/// Diagnostics are data: every phase declares its descriptors in one catalogue file.
/// </summary>
public sealed record DiagnosticDescriptor(
    string Id,
    string Name,
    string MessageFormat,
    DiagnosticSeverity Severity = DiagnosticSeverity.Error,
    string? Clause = null)
{
    /// <summary>
    /// A warning that reports a constraint violation gcc only warns about by default (a "pedwarn");
    /// under -pedantic-errors it is reported as an error.
    /// </summary>
    public bool Pedantic { get; init; }

    public Diagnostic At(SourceLocation location, params object?[] args) =>
        new(this, location, args.Length == 0 ? MessageFormat : string.Format(System.Globalization.CultureInfo.InvariantCulture, MessageFormat, args));
}

/// <summary>One reported diagnostic: what (descriptor), where, and the formatted message.</summary>
public sealed record Diagnostic(DiagnosticDescriptor Descriptor, SourceLocation Location, string Message)
{
    public string Id => Descriptor.Id;

    /// <summary>The descriptor's severity, unless the bag promoted a pedantic warning to an error.</summary>
    public DiagnosticSeverity Severity { get; init; } = Descriptor.Severity;

    /// <summary>gcc-style one-line form: <c>file:line:col: error: message [ALT0123]</c>.</summary>
    public override string ToString()
    {
        var severity = Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "note",
        };
        var clause = Descriptor.Clause is null ? "" : $" (C17 {Descriptor.Clause})";
        var where = Location.IsNone ? "altitude" : Location.ToString();
        return $"{where}: {severity}: {Message}{clause} [{Id}]";
    }
}

/// <summary>
/// Thrown by a phase that cannot go on (an #include that is missing, an #error, a nesting limit).
/// The driver catches it and reports the diagnostic it carries; it never reaches a user as an exception.
/// </summary>
public sealed class FatalDiagnosticException(Diagnostic diagnostic) : Exception(diagnostic.ToString())
{
    public Diagnostic Diagnostic { get; } = diagnostic;
}
