using Altitude.Diagnostics;

namespace Altitude.Vm.Libc.Streams;

/// <summary>Diagnostics of the FILE layer.</summary>
public static class StreamErrors
{
    /// <summary>A FILE * argument that is null, not a stream, or a stream already closed (7.21.3p4: its value is then indeterminate).</summary>
    public static readonly DiagnosticDescriptor InvalidStream =
        new("ALT310", "invalid-stream", "{0}", DiagnosticSeverity.Error, "7.21.3p4");
}
