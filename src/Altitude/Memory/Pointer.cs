using System.Globalization;

namespace Altitude.Memory;

/// <summary>
/// A guest pointer: an address in the simulated 64-bit space and its provenance, the blob it was
/// derived from (null = no provenance: the null pointer, an integer cast back where no exposed blob
/// contains the address, or bytes of a stored pointer that were overwritten). Arithmetic through
/// <see cref="MemorySpace.Add"/> keeps the provenance and checks C17 6.5.6p8.
/// </summary>
public readonly record struct Pointer(ulong Address, Blob? Provenance)
{
    public static readonly Pointer Null = new(0, null);

    public bool IsNull => Address == 0;

    /// <summary>Offset from the provenance blob's base (negative when before it); 0 without provenance.</summary>
    public long Offset => Provenance is null ? 0 : (long)(Address - Provenance.Base);

    public override string ToString() => Provenance is null
        ? string.Create(CultureInfo.InvariantCulture, $"0x{Address:x} (no provenance)")
        : string.Create(CultureInfo.InvariantCulture, $"0x{Address:x} (blob #{Provenance.Id}+{Offset})");
}
