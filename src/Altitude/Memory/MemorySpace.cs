using System.Globalization;
using Altitude.Text;

namespace Altitude.Memory;

/// <summary>
/// The guest's memory: the simulated 64-bit address space, its allocators and blobs, the address
/// index, the quarantine, and the checked accesses the execution engine calls on its hot path.
/// One instance per running program; not thread-safe (the VM runs one guest thread).
/// </summary>
public sealed partial class MemorySpace
{
    // Address-space map: each 4 GiB granule of the 48-bit space belongs to at most one region,
    // so finding an address's allocator is one array load (the "level-0 index").
    private const int GranuleShift = 32;
    private const ulong AddressLimit = 1UL << 48;
    private const ulong Granule = 1UL << GranuleShift;

    private readonly AddressRegion?[] _regionByGranule = new AddressRegion?[AddressLimit >> GranuleShift];
    private readonly Dictionary<Allocator, AddressRegion> _regions = [];
    // Live blobs of heap allocators, as an intrusive doubly-linked list through the blobs: adding
    // and removing costs no hashing (a reference-keyed set hashed every frame blob at its end).
    private Blob? _liveHeapHead;
    private readonly Queue<Blob> _quarantine = new();
    private readonly bool _checkAlignment;
    private readonly ulong _guard;
    private long _quarantinedBytes;
    private long _nextId = 1;
    private ulong _nextUserRegion = 0x7000_0000_0000;

    public MemorySpace(MemoryOptions? options = null, TypeTagTable? tags = null)
    {
        // The shadow is compared as ulongs holding four ushort entries, element i in the low bits.
        if (!BitConverter.IsLittleEndian)
            throw new PlatformNotSupportedException("Altitude's memory model needs a little-endian host");
        Options = options ?? new MemoryOptions();
        Tags = tags ?? new TypeTagTable();
        _checkAlignment = Options.CheckAlignment;
        _guard = (ulong)Math.Max(16, Options.GuardBytes);

        // Addresses that look like a Linux x86-64 process's: program data near 0x5555…, the heap
        // where ASan puts it (0x602…), stacks and the auxiliary vector just below 0x8000_0000_0000.
        AddRegion(Allocator.Static, 0x5555_0000_0000, 0x5565_0000_0000, 0x5555_5555_4000);
        AddRegion(Allocator.Malloc, 0x6020_0000_0000, 0x6120_0000_0000, 0x6020_0000_0000);
        AddRegion(Allocator.Alloca, 0x7ffa_0000_0000, 0x7ffc_0000_0000, 0x7ffa_0000_0000);
        AddRegion(Allocator.StackFrame, 0x7ffc_0000_0000, 0x7fff_0000_0000, 0x7ffc_0000_0000);
        AddRegion(Allocator.Auxv, 0x7fff_0000_0000, 0x8000_0000_0000, 0x7fff_f000_0000);
    }

    public MemoryOptions Options { get; }

    public TypeTagTable Tags { get; }

    /// <summary>Bytes of live top-level blobs of every allocator (what the memory limit counts).</summary>
    public long LiveBytes { get; private set; }

    public int QuarantinedBlobCount => _quarantine.Count;

    /// <summary>Declare a user allocator (<c>--alloc-fn</c>); a nested one carves blobs out of parent blobs.</summary>
    public Allocator DefineAllocator(string name, bool nested = false)
    {
        var allocator = new Allocator(name, AllocatorKind.User, isHeap: true, isNested: nested);
        if (!nested)
        {
            const ulong size = 0x10_0000_0000; // 64 GiB each
            if (_nextUserRegion + size > 0x7ffa_0000_0000)
                throw new InvalidOperationException("too many user allocators");
            AddRegion(allocator, _nextUserRegion, _nextUserRegion + size, _nextUserRegion);
            _nextUserRegion += size;
        }

        return allocator;
    }

    private void AddRegion(Allocator allocator, ulong start, ulong end, ulong cursor)
    {
        var region = new AddressRegion(allocator, start, end, cursor);
        _regions.Add(allocator, region);
        for (var g = start; g < end; g += Granule)
            _regionByGranule[g >> GranuleShift] = region;
    }

    private AddressRegion? RegionOf(ulong address) =>
        address < AddressLimit ? _regionByGranule[address >> GranuleShift] : null;

    /// <summary>The allocator whose region holds <paramref name="address"/> (even in a gap), or null.</summary>
    public Allocator? AllocatorAt(ulong address) => RegionOf(address)?.Allocator;

    /// <summary>
    /// The innermost blob containing <paramref name="address"/>, or whose one-past-the-end it is
    /// (blobs never abut, so that is unambiguous); includes freed blobs still in quarantine.
    /// </summary>
    public Blob? FindBlob(ulong address)
    {
        var blob = RegionOf(address)?.Find(address);
        while (blob?.ChildList is { Count: > 0 } children)
        {
            var child = AddressRegion.FloorOrNull(children, address);
            if (child is null || !(child.Contains(address) || child.Limit == address))
                break;
            blob = child;
        }

        return blob;
    }

    /// <summary>Like <see cref="FindBlob"/> but only live blobs.</summary>
    public Blob? FindLiveBlob(ulong address)
    {
        var b = FindBlob(address);
        while (b is not null && !b.IsLive)
            b = b.Parent;
        return b;
    }

    /// <summary>A pointer to <paramref name="offset"/> bytes into <paramref name="blob"/>, with its provenance.</summary>
    public static Pointer PointerTo(Blob blob, long offset = 0) => new(blob.Base + (ulong)offset, blob);

    /// <summary>Pointer → integer cast: exposes the blob (PNVI-ae) and yields the address.</summary>
    public static ulong ToInteger(Pointer p)
    {
        if (p.Provenance is { } b)
            b.Exposed = true;
        return p.Address;
    }

    /// <summary>
    /// Integer → pointer cast (PNVI-ae-udi): the provenance is the innermost live exposed blob
    /// containing the address or ending just before it; otherwise no provenance. Because every
    /// blob is surrounded by guard gaps, no address is both one past one blob and inside another,
    /// so the "user disambiguation" case of TS 6010 cannot arise between siblings.
    /// </summary>
    public Pointer FromInteger(ulong address)
    {
        if (address == 0)
            return Pointer.Null;
        Blob? chosen = null;
        var blob = RegionOf(address)?.Find(address);
        while (blob is not null)
        {
            if (blob.IsLive && blob.Exposed)
                chosen = blob;
            if (blob.ChildList is not { Count: > 0 } children)
                break;
            var child = AddressRegion.FloorOrNull(children, address);
            blob = child is not null && (child.Contains(address) || child.Limit == address) ? child : null;
        }

        return new Pointer(address, chosen);
    }

    /// <summary>Every top-level blob of an allocator still known to the index (live or quarantined).</summary>
    public IEnumerable<Blob> BlobsOf(Allocator allocator) =>
        _regions.TryGetValue(allocator, out var r) ? r.Blobs() : [];

    /// <summary>Live blobs of heap allocators (malloc and user ones) in allocation order: the leaks at exit.</summary>
    public IReadOnlyList<Blob> LiveHeapBlobs()
    {
        var list = new List<Blob>();
        for (var b = _liveHeapHead; b is not null; b = b.LiveNext)
            list.Add(b);
        list.Sort((a, b) => a.Id.CompareTo(b.Id));
        return list;
    }

    // ---- creating and ending blobs ----

    private Blob CreateTopLevel(Allocator allocator, ulong size, ulong alignment, IAllocationType? type, SourceLocation site,
        object? callStack, string? name, TypeTag initialTag, FrameLayout? layout = null)
    {
        if (alignment == 0 || (alignment & (alignment - 1)) != 0)
            throw new ArgumentOutOfRangeException(nameof(alignment), "alignment must be a power of two");
        if (size > (ulong)Options.MemoryLimit || (long)size > Options.MemoryLimit - LiveBytes || size > int.MaxValue - 64)
        {
            throw new MemoryFault(MemoryErrors.MemoryLimit, string.Create(CultureInfo.InvariantCulture,
                $"allocating {size} bytes ({allocator.Name}) with {LiveBytes} bytes live exceeds the limit of {Options.MemoryLimit} bytes"));
        }

        var region = _regions[allocator];
        if (!region.TryReserve(size, alignment, _guard, out var address))
        {
            throw new MemoryFault(MemoryErrors.AddressSpaceExhausted, string.Create(CultureInfo.InvariantCulture,
                $"the {allocator.Name} region has no room for {size} bytes"));
        }

        byte[] data;
        ushort[] shadow;
        var storage = BlobStorage.Dropped;
        var offset = 0;
        if (layout is not null && layout.Pool.TryPop(out var recycled))
        {
            // A returned frame of the same function: its stale bytes are indeterminate anyway.
            (data, shadow) = recycled;
            shadow.AsSpan().Clear();
        }
        else if (size > 0 && size <= Slab.MaxBlobBytes && ReferenceEquals(allocator, Allocator.Malloc))
        {
            // Small heap blobs live in storage shared by their neighbours in the address space.
            var slab = SlabAt(region, address);
            data = slab.Data;
            shadow = slab.Shadow;
            storage = slab.Storage;
            offset = (int)(address - slab.Base);
            slab.Clear(offset, (int)size);
        }
        else
        {
            data = size == 0 ? [] : new byte[size];
            shadow = size == 0 ? [] : new ushort[size];
        }

        if (ReferenceEquals(storage, BlobStorage.Dropped))
            storage = new BlobStorage();

        if (initialTag != TypeTag.Uninitialised)
            shadow.AsSpan(offset, (int)size).Fill(initialTag.Value);
        var blob = new Blob(_nextId++, address, (long)size, allocator, type, site, callStack, name, null, data, shadow, storage, offset)
        {
            Layout = layout,
        };
        region.Insert(blob);
        LiveBytes += (long)size;
        if (allocator.IsHeap)
            AddLiveHeap(blob);
        return blob;
    }

    /// <summary>The slab holding storage for a small blob based at <paramref name="address"/> of the region.</summary>
    private static Slab SlabAt(AddressRegion region, ulong address)
    {
        var index = (int)((address - region.Start) >> Slab.Shift);
        var slabs = region.Slabs;
        while (slabs.Count <= index)
            slabs.Add(null);
        return slabs[index] ??= new Slab(region.Start + ((ulong)index << Slab.Shift));
    }

    private Blob CreateNested(Allocator allocator, Blob parent, long offset, long size, IAllocationType? type, SourceLocation site,
        object? callStack, string? name)
    {
        var blob = new Blob(_nextId++, parent.Base + (ulong)offset, size, allocator, type, site, callStack, name, parent,
            parent.Data, parent.Shadow, parent.Storage, parent.StorageOffset + (int)offset);
        parent.ChildList ??= new List<Blob>(parent.Layout is { } layout ? layout.Locals.Count : 4);
        var children = parent.ChildList;
        var at = children.Count;
        while (at > 0 && children[at - 1].Base > blob.Base)
            at--;
        children.Insert(at, blob);
        if (allocator.IsHeap)
            AddLiveHeap(blob);
        return blob;
    }

    /// <summary>End a blob's lifetime (free or end of scope), its nested blobs' too, and quarantine its address.</summary>
    private void Kill(Blob blob, BlobState state, SourceLocation at)
    {
        MarkDead(blob, state, at);
        if (blob.Allocas is { } allocas)
        {
            foreach (var a in allocas)
                if (a.IsLive)
                    Kill(a, state, at);
        }

        if (blob.Parent is { } parent)
        {
            // A pool's sub-blob: its bytes belong to the pool again; the pool's storage stays.
            if (blob.Allocator.IsNested)
                parent.ChildList?.Remove(blob);
            return;
        }

        LiveBytes -= blob.Size;
        // Drop the storage now: every access checks the state first, and the host memory returns.
        DropStorage(blob);
        _quarantine.Enqueue(blob);
        _quarantinedBytes += blob.Size;
        while (_quarantine.Count > 0 && (_quarantinedBytes > Options.QuarantineBytes || _quarantine.Count > Options.QuarantineBlobs))
        {
            var old = _quarantine.Dequeue();
            _quarantinedBytes -= old.Size;
            var region = _regions[old.Allocator];
            region.Remove(old);
            region.Release(old.Base, old.USize);
        }
    }

    private static void DropStorage(Blob blob)
    {
        // Frames give their arrays back to their function's layout: calls reuse frame storage.
        if (blob.Layout is { } layout && layout.Pool.Count < FrameLayout.PoolLimit && blob.Data.Length > 0)
            layout.Pool.Push((blob.Data, blob.Shadow));
        blob.Data = [];
        blob.Shadow = [];
        blob.Storage = BlobStorage.Dropped;
        if (blob.ChildList is { } children)
        {
            foreach (var c in children)
                DropStorage(c);
        }
    }

    private void AddLiveHeap(Blob blob)
    {
        blob.InLiveHeapList = true;
        blob.LiveNext = _liveHeapHead;
        if (_liveHeapHead is not null)
            _liveHeapHead.LivePrev = blob;
        _liveHeapHead = blob;
    }

    private void RemoveLiveHeap(Blob blob)
    {
        blob.InLiveHeapList = false;
        if (blob.LivePrev is not null)
            blob.LivePrev.LiveNext = blob.LiveNext;
        else
            _liveHeapHead = blob.LiveNext;
        if (blob.LiveNext is not null)
            blob.LiveNext.LivePrev = blob.LivePrev;
        blob.LivePrev = null;
        blob.LiveNext = null;
    }

    private void MarkDead(Blob blob, BlobState state, SourceLocation at)
    {
        blob.State = state;
        blob.EndSite = at;
        if (blob.InLiveHeapList)
            RemoveLiveHeap(blob);
        if (blob.ChildList is { } children)
        {
            foreach (var c in children)
                if (c.IsLive)
                    MarkDead(c, state, at);
        }
    }

    // ---- static storage and the auxiliary vector ----

    /// <summary>A global or function-local static: zero-initialised (6.7.9p10), so its bytes read as zero through any type.</summary>
    public Blob AllocateStatic(string? name, ulong size, ulong alignment, SourceLocation site, IAllocationType? type = null, bool readOnly = false)
    {
        var blob = CreateTopLevel(Allocator.Static, size, alignment, type, site, null, name, TypeTag.RawBytes);
        blob.ReadOnly = readOnly;
        return blob;
    }

    /// <summary>A function: a size-0 static blob with its own address, so function pointers compare and reflect.</summary>
    public Blob AllocateFunction(string name, SourceLocation site, IAllocationType? type = null)
    {
        var blob = CreateTopLevel(Allocator.Static, 0, 16, type, site, null, name, TypeTag.Uninitialised);
        blob.ReadOnly = true;
        return blob;
    }

    /// <summary>A string literal: read-only static bytes (6.4.5p7), tagged as characters.</summary>
    public Blob AllocateStringLiteral(ReadOnlySpan<byte> bytes, TypeTag charTag, SourceLocation site, IAllocationType? type = null)
    {
        var blob = CreateTopLevel(Allocator.Static, (ulong)bytes.Length, 1, type, site, null, null, TypeTag.Uninitialised);
        Initialize(blob, 0, bytes, charTag);
        blob.ReadOnly = true;
        return blob;
    }

    /// <summary>argv/envp and their strings.</summary>
    public Blob AllocateAuxv(string? name, ReadOnlySpan<byte> bytes, TypeTag tag, SourceLocation site, IAllocationType? type = null)
    {
        var blob = CreateTopLevel(Allocator.Auxv, (ulong)bytes.Length, 16, type, site, null, name, TypeTag.Uninitialised);
        Initialize(blob, 0, bytes, tag);
        return blob;
    }

    /// <summary>Make a blob read-only (a const global after its initialiser ran) or writable again.</summary>
    public static void SetReadOnly(Blob blob, bool readOnly) => blob.ReadOnly = readOnly;
}
