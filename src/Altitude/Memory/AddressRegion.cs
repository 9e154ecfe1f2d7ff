namespace Altitude.Memory;

/// <summary>
/// One allocator's range of the simulated address space. Addresses are handed out in slots: a slot
/// is the blob's size rounded to a size class, preceded by a guard gap, so that blobs never abut
/// and an off-by-a-little integer address lands in no neighbour. Slots of blobs that left the
/// quarantine are reused for blobs of the same size class.
/// </summary>
internal sealed class AddressRegion
{
    private const int LargeBlobBytes = 64 * 1024;
    private const int PageShift = 12;

    private readonly Dictionary<ulong, Stack<ulong>> _freeSlots = [];
    // The free slots of the small size classes (multiples of 16 up to a page), by class / 16.
    private readonly Stack<ulong>?[] _smallFreeSlots = new Stack<ulong>?[4096 / 16 + 1];
    private readonly Dictionary<ulong, List<Blob>> _pages = [];
    private readonly List<Blob> _large = [];
    private ulong _cursor;

    public AddressRegion(Allocator allocator, ulong start, ulong end, ulong firstCursor)
    {
        Allocator = allocator;
        Start = start;
        End = end;
        _cursor = firstCursor;
    }

    public Allocator Allocator { get; }

    /// <summary>Storage of small blobs, one slab per 64 KiB of addresses (created when first used).</summary>
    public List<Slab?> Slabs { get; } = [];

    public ulong Start { get; }

    public ulong End { get; }

    /// <summary>Size class of a request: multiples of 16 up to a page, then whole pages; never 0 so size-0 blobs get distinct addresses.</summary>
    public static ulong SizeClass(ulong size) =>
        size <= 4096 ? Math.Max(16, (size + 15) & ~15UL) : (size + 4095) & ~4095UL;

    /// <summary>Reserve an address for a blob of <paramref name="size"/> bytes aligned to <paramref name="alignment"/> (a power of two).</summary>
    public bool TryReserve(ulong size, ulong alignment, ulong guard, out ulong address)
    {
        var cls = SizeClass(size);
        if (FreeSlots(cls, create: false) is { Count: > 0 } slots && (slots.Peek() & (alignment - 1)) == 0)
        {
            address = slots.Pop();
            return true;
        }

        var align = Math.Max(alignment, 16UL);
        var candidate = (_cursor + guard + align - 1) & ~(align - 1);
        if (candidate < _cursor || candidate + cls + guard > End || candidate + cls < candidate)
        {
            address = 0;
            return false;
        }

        _cursor = candidate + cls;
        address = candidate;
        return true;
    }

    /// <summary>Give a slot back for reuse (after the quarantine).</summary>
    public void Release(ulong address, ulong size)
    {
        FreeSlots(SizeClass(size), create: true)!.Push(address);
    }

    private Stack<ulong>? FreeSlots(ulong cls, bool create)
    {
        if (cls <= 4096)
        {
            ref var small = ref _smallFreeSlots[cls >> 4];
            if (small is null && create)
                small = new Stack<ulong>();
            return small;
        }

        if (!_freeSlots.TryGetValue(cls, out var slots) && create)
            _freeSlots[cls] = slots = new Stack<ulong>();
        return slots;
    }

    // The level-1 index: small blobs are listed on every page they touch, sorted by base; large
    // ones in one sorted list, so a 1 GiB blob costs one entry, not 262144.
    public void Insert(Blob blob)
    {
        if (blob.USize >= LargeBlobBytes)
        {
            InsertSorted(_large, blob);
            return;
        }

        var last = (blob.Base + Math.Max(blob.USize, 1) - 1) >> PageShift;
        for (var page = blob.Base >> PageShift; page <= last; page++)
        {
            if (!_pages.TryGetValue(page, out var list))
                _pages[page] = list = [];
            InsertSorted(list, blob);
        }
    }

    public void Remove(Blob blob)
    {
        if (blob.USize >= LargeBlobBytes)
        {
            RemoveSorted(_large, blob);
            return;
        }

        var last = (blob.Base + Math.Max(blob.USize, 1) - 1) >> PageShift;
        for (var page = blob.Base >> PageShift; page <= last; page++)
        {
            if (_pages.TryGetValue(page, out var list))
            {
                RemoveSorted(list, blob);
                if (list.Count == 0)
                    _pages.Remove(page);
            }
        }
    }

    /// <summary>The top-level blob containing <paramref name="address"/>, or whose one-past-the-end it is.</summary>
    public Blob? Find(ulong address)
    {
        if (_pages.TryGetValue(address >> PageShift, out var list))
        {
            var b = FloorOrNull(list, address);
            if (b is not null && (b.Contains(address) || b.Limit == address))
                return b;
        }

        // A one-past-the-end address can sit on the page after the blob's last byte.
        if (address != 0 && ((address - 1) >> PageShift) != (address >> PageShift) && _pages.TryGetValue((address - 1) >> PageShift, out var prev))
        {
            var b = FloorOrNull(prev, address);
            if (b is not null && b.Limit == address)
                return b;
        }

        var large = FloorOrNull(_large, address);
        return large is not null && (large.Contains(address) || large.Limit == address) ? large : null;
    }

    public IEnumerable<Blob> Blobs()
    {
        var seen = new HashSet<Blob>(ReferenceEqualityComparer.Instance);
        foreach (var list in _pages.Values)
            foreach (var b in list)
                if (seen.Add(b))
                    yield return b;
        foreach (var b in _large)
            yield return b;
    }

    private static void InsertSorted(List<Blob> list, Blob blob)
    {
        int lo = 0, hi = list.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (list[mid].Base <= blob.Base)
                lo = mid + 1;
            else
                hi = mid;
        }

        list.Insert(lo, blob);
    }

    // Lists are sorted by base and blobs of one list never share a base (size-0 blobs get slots
    // of their own), so the blob is found by binary search; a linear search is the fallback.
    private static void RemoveSorted(List<Blob> list, Blob blob)
    {
        int lo = 0, hi = list.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var b = list[mid];
            if (ReferenceEquals(b, blob))
            {
                list.RemoveAt(mid);
                return;
            }

            if (b.Base < blob.Base)
                lo = mid + 1;
            else if (b.Base > blob.Base)
                hi = mid - 1;
            else
                break;
        }

        var at = list.IndexOf(blob);
        if (at >= 0)
            list.RemoveAt(at);
    }

    /// <summary>The blob with the greatest base ≤ address.</summary>
    internal static Blob? FloorOrNull(List<Blob> list, ulong address)
    {
        int lo = 0, hi = list.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (list[mid].Base <= address)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found < 0 ? null : list[found];
    }
}

/// <summary>
/// Storage shared by the small blobs whose base address falls in one 64 KiB stretch of a region:
/// a blob's bytes sit at <c>address - Base</c>, so a small malloc allocates no arrays of its own,
/// and an address slot reused after the quarantine reuses its bytes. The arrays run one maximal
/// blob past the stretch, so a blob based near its end still fits. Blobs never overlap in address,
/// so they never overlap here; each blob clears its range when it is created.
/// </summary>
internal sealed class Slab
{
    public const int Shift = 16;
    public const int MaxBlobBytes = 4096;
    private const int Length = (1 << Shift) + MaxBlobBytes;

    public Slab(ulong @base)
    {
        Base = @base;
    }

    public ulong Base { get; }

    public byte[] Data { get; } = new byte[Length];

    public ushort[] Shadow { get; } = new ushort[Length];

    public BlobStorage Storage { get; } = new();

    /// <summary>Forget what an earlier blob at these bytes left: its bytes, shadow, stored provenance and invalid values.</summary>
    public void Clear(int offset, int size)
    {
        Data.AsSpan(offset, size).Clear();
        Shadow.AsSpan(offset, size).Clear();
        if (Storage.ProvenanceBlobs is { } prov)
            Array.Clear(prov, offset, size);
        if (Storage.StoredInvalid is { Count: > 0 } invalid)
        {
            for (var k = offset; k < offset + size; k++)
                invalid.Remove(k);
        }
    }
}
