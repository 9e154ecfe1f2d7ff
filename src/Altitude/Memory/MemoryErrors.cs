using Altitude.Diagnostics;

namespace Altitude.Memory;

/// <summary>
/// Diagnostics of the memory model (DESIGN.md "Checks": ALT1xx memory errors, ALT9xx VM limits).
/// Each message's argument is a full sentence built by <see cref="MemorySpace"/> naming the blob's
/// allocator, size, type and allocation site.
/// </summary>
public static class MemoryErrors
{
    public static readonly DiagnosticDescriptor OutOfBoundsRead =
        new("ALT101", "out-of-bounds-read", "out-of-bounds read: {0}", Clause: "6.5.6p8");

    public static readonly DiagnosticDescriptor OutOfBoundsWrite =
        new("ALT102", "out-of-bounds-write", "out-of-bounds write: {0}", Clause: "6.5.6p8");

    public static readonly DiagnosticDescriptor PointerArithmeticOutOfBounds =
        new("ALT103", "pointer-arithmetic-out-of-bounds", "pointer arithmetic out of bounds: {0}", Clause: "6.5.6p8");

    public static readonly DiagnosticDescriptor UseAfterFree =
        new("ALT104", "use-after-free", "use after free: {0}", Clause: "6.2.4p2, 7.22.3p1");

    public static readonly DiagnosticDescriptor UseAfterScope =
        new("ALT105", "use-after-scope", "use after end of lifetime: {0}", Clause: "6.2.4p2");

    public static readonly DiagnosticDescriptor DoubleFree =
        new("ALT106", "double-free", "double free: {0}", Clause: "7.22.3.3p2");

    public static readonly DiagnosticDescriptor InvalidFree =
        new("ALT107", "invalid-free", "invalid free: {0}", Clause: "7.22.3.3p2");

    public static readonly DiagnosticDescriptor NullDereference =
        new("ALT108", "null-dereference", "null pointer dereference: {0}", Clause: "6.5.3.2p4");

    public static readonly DiagnosticDescriptor MisalignedAccess =
        new("ALT109", "misaligned-access", "misaligned access: {0}", Clause: "6.3.2.3p7");

    public static readonly DiagnosticDescriptor WriteToReadOnly =
        new("ALT110", "write-to-read-only", "write to read-only memory: {0}", Clause: "6.4.5p7, 6.7.3p6");

    public static readonly DiagnosticDescriptor NoProvenance =
        new("ALT111", "access-without-provenance", "access through a pointer that points to no object: {0}", Clause: "6.5.3.2p4");

    public static readonly DiagnosticDescriptor OverlappingCopy =
        new("ALT112", "overlapping-copy", "overlapping source and destination: {0}", Clause: "7.24.2.1p2");

    public static readonly DiagnosticDescriptor InvalidRealloc =
        new("ALT113", "invalid-realloc", "invalid realloc: {0}", Clause: "7.22.3.5p3");

    public static readonly DiagnosticDescriptor PointerSubtractionAcrossBlobs =
        new("ALT114", "pointer-subtraction-across-blobs", "subtraction of pointers into different objects: {0}", Clause: "6.5.6p9");

    public static readonly DiagnosticDescriptor PointerComparisonAcrossBlobs =
        new("ALT115", "pointer-comparison-across-blobs", "relational comparison of pointers into different objects: {0}", Clause: "6.5.8p5");

    public static readonly DiagnosticDescriptor MemoryLimit =
        new("ALT901", "memory-limit", "memory limit exceeded: {0}");

    public static readonly DiagnosticDescriptor AddressSpaceExhausted =
        new("ALT902", "address-space-exhausted", "address space exhausted: {0}");
}
