using System.Globalization;
using Altitude.Text;

namespace Altitude.Memory;

public enum InvalidKind : byte
{
    /// <summary>The bytes were never written.</summary>
    Uninitialised,

    /// <summary>The bytes are struct padding (6.2.6.1p6).</summary>
    Padding,

    /// <summary>The last store had an incompatible type or abstract position (6.5p7, 6.5.2.3).</summary>
    TypeMismatch,

    /// <summary>The bytes come from more than one store, or from part of a store (a misaligned or partial read of a stored scalar).</summary>
    MixedStores,

    /// <summary>A store through another view, not guaranteed disjoint, invalidated the bytes (the seed's layout rule).</summary>
    Invalidated,

    /// <summary>Anything else the engine records (invalid arithmetic, an indeterminate pointer…).</summary>
    Other,
}

/// <summary>
/// Why and where a value became invalid, like MSan's origins. Created only on the slow path; a
/// stored invalid value keeps its original reason, so a later load returns the same record.
/// </summary>
public sealed record InvalidReason(
    InvalidKind Kind,
    SourceLocation Location,
    Blob? Blob = null,
    long Offset = 0,
    int Size = 0,
    string? StoredAs = null,
    string? ReadAs = null,
    SourceLocation Origin = default,
    string? Detail = null)
{
    /// <summary>A one-line explanation for a diagnostic's note.</summary>
    public string Describe()
    {
        var where = Blob is null ? "" : string.Create(CultureInfo.InvariantCulture, $" of {Size} byte{(Size == 1 ? "" : "s")} at offset {Offset} of {Blob.Describe()}");
        var at = Location.IsNone ? "" : $" at {Location}";
        var text = Detail ?? Kind switch
        {
            InvalidKind.Uninitialised => $"read{where} that was never initialised",
            InvalidKind.Padding => $"read{where} that is padding",
            InvalidKind.TypeMismatch => $"read{where}: written as {StoredAs}, read as {ReadAs}",
            InvalidKind.MixedStores => $"read{where} that does not match one store of {ReadAs} (bytes from several or partial stores)",
            InvalidKind.Invalidated => $"read{where} invalidated by a store through another view that a conforming layout could overlap" +
                                       (Origin.IsNone || Origin == default ? "" : $" (at {Origin})"),
            _ => "invalid value",
        };
        return $"{text}{at}";
    }

    public override string ToString() => Describe();
}
