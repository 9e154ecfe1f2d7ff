using Altitude.Text;

namespace Altitude.Memory;

// malloc, calloc, realloc, aligned_alloc and free (C17 7.22.3), and the same checks for user
// allocators declared with --alloc-fn/--free-fn.
public sealed partial class MemorySpace
{
    /// <summary>glibc's malloc alignment on x86-64 (alignof(max_align_t)).</summary>
    public const ulong MallocAlignment = 16;

    /// <summary>malloc (7.22.3.4): uninitialised bytes; malloc(0) returns a distinct size-0 blob.</summary>
    public Pointer Malloc(ulong size, SourceLocation site, IAllocationType? type = null, object? callStack = null) =>
        Allocate(Allocator.Malloc, size, MallocAlignment, site, type, callStack);

    /// <summary>calloc (7.22.3.2): zeroed bytes; an overflowing product returns NULL.</summary>
    public Pointer Calloc(ulong count, ulong size, SourceLocation site, IAllocationType? type = null, object? callStack = null)
    {
        var total = count * size;
        if (size != 0 && total / size != count)
            return Pointer.Null;
        var p = Allocate(Allocator.Malloc, total, MallocAlignment, site, type, callStack);
        if (p.Provenance is { } b)
            b.Shadow.AsSpan(b.StorageOffset, (int)b.Size).Fill(TypeTag.RawBytes.Value);
        return p;
    }

    /// <summary>aligned_alloc (7.22.3.1): an alignment that is not a power of two yields NULL.</summary>
    public Pointer AlignedAlloc(ulong alignment, ulong size, SourceLocation site, IAllocationType? type = null, object? callStack = null)
    {
        if (alignment == 0 || (alignment & (alignment - 1)) != 0 || alignment > 1UL << 20)
            return Pointer.Null;
        return Allocate(Allocator.Malloc, size, Math.Max(alignment, MallocAlignment), site, type, callStack);
    }

    /// <summary>Allocate a top-level blob from any non-nested allocator.</summary>
    public Pointer Allocate(Allocator allocator, ulong size, ulong alignment, SourceLocation site, IAllocationType? type = null, object? callStack = null)
    {
        if (allocator.IsNested)
            throw new ArgumentException("a nested allocator allocates with AllocateNested", nameof(allocator));
        if (Options.ReturnNullWhenLimitExceeded && (size > (ulong)Options.MemoryLimit || (long)size > Options.MemoryLimit - LiveBytes))
            return Pointer.Null;
        var blob = CreateTopLevel(allocator, size, alignment, type, site, callStack, null, TypeTag.Uninitialised);
        return new Pointer(blob.Base, blob);
    }

    /// <summary>A pool allocator's sub-blob of <paramref name="size"/> bytes at <paramref name="at"/> inside a live parent blob; it shares the parent's bytes.</summary>
    public Pointer AllocateNested(Allocator allocator, Pointer at, ulong size, SourceLocation site, IAllocationType? type = null, object? callStack = null)
    {
        if (!allocator.IsNested)
            throw new ArgumentException("AllocateNested needs a nested allocator", nameof(allocator));
        CheckRange(at, size, false);
        var parent = at.Provenance!;
        var blob = CreateNested(allocator, parent, at.Offset, (long)size, type, site, callStack, null);
        return new Pointer(blob.Base, blob);
    }

    /// <summary>free (7.22.3.3): NULL is a no-op; non-heap, interior and already-freed pointers fault.</summary>
    public void Free(Pointer p, SourceLocation site) => Deallocate(Allocator.Malloc, p, site);

    /// <summary>Free through a given allocator (malloc's free, or a user --free-fn).</summary>
    public void Deallocate(Allocator allocator, Pointer p, SourceLocation site)
    {
        if (p.IsNull && p.Provenance is null)
            return;
        var blob = CheckFreeable(allocator, p, "free", MemoryErrors.InvalidFree, MemoryErrors.DoubleFree);
        Kill(blob, BlobState.Freed, site);
    }

    /// <summary>
    /// realloc (7.22.3.5): NULL behaves as malloc; size 0 frees and returns NULL (as glibc does);
    /// otherwise a new blob receives the old bytes with their shadow and provenance, and the old is freed.
    /// </summary>
    public Pointer Realloc(Pointer p, ulong size, SourceLocation site, IAllocationType? type = null, object? callStack = null)
    {
        if (p.IsNull && p.Provenance is null)
            return Malloc(size, site, type, callStack);
        var old = CheckFreeable(Allocator.Malloc, p, "realloc", MemoryErrors.InvalidRealloc, MemoryErrors.InvalidRealloc);
        if (size == 0)
        {
            Kill(old, BlobState.Freed, site);
            return Pointer.Null;
        }

        var newType = type ?? (old.Type is { } t && (ulong)t.SizeInBytes == size ? t : null);
        var fresh = Allocate(Allocator.Malloc, size, MallocAlignment, site, newType, callStack);
        if (fresh.Provenance is not { } nb)
            return Pointer.Null; // out of memory: the old block is left untouched (7.22.3.5p4)
        CopyStorage(old, old.StorageOffset, nb, nb.StorageOffset, (int)Math.Min((ulong)old.Size, size));
        Kill(old, BlobState.Freed, site);
        return fresh;
    }

    /// <summary>Leaks at exit: live malloc and user-allocator blobs, oldest first.</summary>
    public IReadOnlyList<Blob> Leaks() => LiveHeapBlobs();

    private Blob CheckFreeable(Allocator allocator, Pointer p, string operation,
        Altitude.Diagnostics.DiagnosticDescriptor invalid, Altitude.Diagnostics.DiagnosticDescriptor twice)
    {
        var blob = p.Provenance;
        if (blob is null)
        {
            var inside = FindBlob(p.Address);
            var note = inside is null ? "" : Inv($" (inside {inside.Describe()}, but not derived from it)");
            throw new MemoryFault(invalid, Inv($"{operation} of 0x{p.Address:x}, which points to no object{note}"), inside, p.Address);
        }

        if (!ReferenceEquals(blob.Allocator, allocator))
        {
            throw new MemoryFault(invalid, Inv(
                $"{operation} of a pointer to offset {p.Offset} of {blob.Describe()}, which {allocator.Name} did not allocate"), blob, p.Address);
        }

        if (blob.State != BlobState.Live)
        {
            var what = twice == MemoryErrors.DoubleFree ? operation : $"{operation} of a freed pointer:";
            throw new MemoryFault(twice, Inv($"{what} {blob.Describe()}, already freed at {blob.EndSite}"), blob, p.Address);
        }

        if (p.Address != blob.Base)
        {
            throw new MemoryFault(invalid, Inv(
                $"{operation} of a pointer to offset {p.Offset} of {blob.Describe()}; {operation} needs the pointer the allocator returned"), blob, p.Address);
        }

        return blob;
    }
}
