using System.Globalization;
using Altitude.Diagnostics;
using Altitude.Text;

namespace Altitude.Memory;

/// <summary>
/// A memory error detected by <see cref="MemorySpace"/>. The memory layer does not know the
/// guest location of the faulting operation; the engine catches the fault and turns it into a
/// diagnostic at its node's location with <see cref="ToDiagnostic"/>.
/// A faulting operation has no effect: a refused write writes nothing, a refused free frees nothing.
/// </summary>
public sealed class MemoryFault : Exception
{
    public MemoryFault(DiagnosticDescriptor descriptor, string detail, Blob? blob = null, ulong address = 0)
        : base(string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, detail))
    {
        Descriptor = descriptor;
        Detail = detail;
        Blob = blob;
        Address = address;
    }

    public DiagnosticDescriptor Descriptor { get; }

    /// <summary>The sentence that fills the descriptor's message.</summary>
    public string Detail { get; }

    /// <summary>The blob concerned, when there is one.</summary>
    public Blob? Blob { get; }

    public ulong Address { get; }

    public Diagnostic ToDiagnostic(SourceLocation at) => Descriptor.At(at, Detail);
}
