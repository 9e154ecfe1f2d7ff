using Altitude.Diagnostics;

namespace Altitude.Front;

/// <summary>Diagnostics of the front-end driver itself (reading inputs, internal faults).</summary>
public static class DriverErrors
{
    public static readonly DiagnosticDescriptor FileNotFound =
        new("DRV001", "file-not-found", "no such file: '{0}'");

    public static readonly DiagnosticDescriptor FileUnreadable =
        new("DRV002", "file-unreadable", "cannot read '{0}': {1}");

    /// <summary>A fault inside Altitude, not in the user's program: reported, never shown as a stack trace.</summary>
    public static readonly DiagnosticDescriptor InternalError =
        new("DRV070", "internal-error", "internal error in Altitude's {0}: {1}");
}
