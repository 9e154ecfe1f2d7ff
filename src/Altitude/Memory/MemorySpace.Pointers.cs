namespace Altitude.Memory;

// Pointer arithmetic and comparison checks (6.5.6p8-9, 6.5.8p5).
public sealed partial class MemorySpace
{
    /// <summary>
    /// p + delta bytes, keeping provenance. Leaving [base, base+size] of the provenance blob is
    /// undefined (6.5.6p8) and faults here, not at the later access; so does a non-zero offset on
    /// a null pointer. Pointers without provenance (from integers) are not checked.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public Pointer Add(Pointer p, long delta)
    {
        var address = p.Address + (ulong)delta;
        var b = p.Provenance;
        if (b is not null && address - b.Base <= b.USize)
            return new Pointer(address, b);
        return AddSlow(p, delta);
    }

    // Out of line so that Add's fast path inlines: no provenance, or a fault.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static Pointer AddSlow(Pointer p, long delta)
    {
        var address = p.Address + (ulong)delta;
        var b = p.Provenance;
        if (b is null)
        {
            if (p.Address == 0 && delta != 0)
                throw new MemoryFault(MemoryErrors.PointerArithmeticOutOfBounds, Inv($"adding {delta} bytes to a null pointer"), null, 0);
            return new Pointer(address, null);
        }

        throw new MemoryFault(MemoryErrors.PointerArithmeticOutOfBounds, Inv(
            $"adding {delta} bytes to a pointer at offset {p.Offset} of {b.Describe()} gives offset {(long)(address - b.Base)}, outside [0, {b.Size}]"), b, address);
    }

    /// <summary>a - b in bytes (the engine divides by the element size); both must point into the same object (6.5.6p9).</summary>
    public static long Subtract(Pointer a, Pointer b)
    {
        if (!ReferenceEquals(a.Provenance, b.Provenance) || a.Provenance is null)
        {
            throw new MemoryFault(MemoryErrors.PointerSubtractionAcrossBlobs, Inv(
                $"{Describe(a)} minus {Describe(b)}"), a.Provenance, a.Address);
        }

        return (long)(a.Address - b.Address);
    }

    /// <summary>&lt;, &lt;=, &gt;, &gt;= on pointers: -1/0/1; both must point into the same object (6.5.8p5).</summary>
    public static int CompareRelational(Pointer a, Pointer b)
    {
        if (!ReferenceEquals(a.Provenance, b.Provenance) || a.Provenance is null)
        {
            throw new MemoryFault(MemoryErrors.PointerComparisonAcrossBlobs, Inv(
                $"{Describe(a)} compared with {Describe(b)}"), a.Provenance, a.Address);
        }

        return a.Address.CompareTo(b.Address);
    }

    private static string Describe(Pointer p) => p.Provenance is null
        ? Inv($"0x{p.Address:x} (no object)")
        : Inv($"a pointer to offset {p.Offset} of {p.Provenance.Describe()}");
}
