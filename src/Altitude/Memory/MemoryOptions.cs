namespace Altitude.Memory;

/// <summary>Knobs of the memory model; the defaults are what the VM runs with unless told otherwise.</summary>
public sealed class MemoryOptions
{
    /// <summary>Total live guest bytes (all allocators) before an ALT901 fault.</summary>
    public long MemoryLimit { get; set; } = 1L << 30;

    /// <summary>When true, an allocation beyond the limit returns NULL (as a real malloc may) instead of faulting.</summary>
    public bool ReturnNullWhenLimitExceeded { get; set; }

    /// <summary>Bytes of freed blobs kept out of reuse; the oldest leave first.</summary>
    public long QuarantineBytes { get; set; } = 64L << 20;

    /// <summary>At most this many blobs in quarantine (size-0 and tiny blobs would otherwise never leave).</summary>
    public int QuarantineBlobs { get; set; } = 1 << 16;

    /// <summary>The unused gap before every slot (and between stack-frame locals).</summary>
    public int GuardBytes { get; set; } = 32;

    /// <summary>Report misaligned scalar accesses (6.3.2.3p7). Off unless the engine asks.</summary>
    public bool CheckAlignment { get; set; }

    /// <summary>Addresses below this without provenance are reported as null dereferences.</summary>
    public ulong NullPageSize { get; set; } = 4096;
}
