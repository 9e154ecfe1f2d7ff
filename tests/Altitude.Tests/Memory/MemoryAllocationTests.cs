using Altitude.Memory;
using static Altitude.Tests.Memory.MemoryTestKit;

namespace Altitude.Tests.Memory;

// Addresses, the address index, the quarantine, realloc, frames, allocas, user allocators, leaks.
public class MemoryAllocationTests
{
    private readonly MemoryTestKit _k = new();

    private MemorySpace M => _k.Memory;

    [Fact]
    public void AddressesLookRealAndAreAligned()
    {
        var g = M.AllocateStatic("g", 4, 4, At(1, 1));
        var h = M.Malloc(3, At(2, 1));
        var frame = M.PushFrame(M.CreateFrameLayout("main", [new LocalSpec("x", 4, 4, At(3, 1))]), At(3, 1));
        var argv = M.AllocateAuxv("argv", new byte[16], TypeTag.RawBytes, SourceLocationNone);
        Assert.InRange(g.Base, 0x5555_0000_0000UL, 0x5565_0000_0000UL);
        Assert.InRange(h.Address, 0x6020_0000_0000UL, 0x6120_0000_0000UL);
        Assert.InRange(frame.Base, 0x7ffc_0000_0000UL, 0x7fff_0000_0000UL);
        Assert.InRange(argv.Base, 0x7fff_f000_0000UL, 0x8000_0000_0000UL);
        Assert.Equal(0UL, h.Address % 16);
        Assert.Same(Allocator.Malloc, M.AllocatorAt(h.Address + 1000));
        Assert.Same(Allocator.StackFrame, M.FindBlob(frame.Base)!.Allocator);
        Assert.Equal(0UL, M.AlignedAlloc(4096, 100, At(4, 1)).Address % 4096);
        Assert.True(M.AlignedAlloc(24, 100, At(4, 1)).IsNull);
    }

    private static Altitude.Text.SourceLocation SourceLocationNone => Altitude.Text.SourceLocation.None;

    [Fact]
    public void FunctionsAreSizeZeroBlobsWithDistinctAddresses()
    {
        var f = M.AllocateFunction("f", At(1, 1));
        var g = M.AllocateFunction("g", At(2, 1));
        Assert.NotEqual(f.Base, g.Base);
        Assert.Same(f, M.FindBlob(f.Base));
        Assert.Same(g, M.FindBlob(g.Base));
        Assert.Equal("ALT101", Assert.Throws<MemoryFault>(() => M.ReadUInt8(MemorySpace.PointerTo(f), _k.Char, Here, out _)).Descriptor.Id);
        var z1 = M.Malloc(0, At(3, 1));
        var z2 = M.Malloc(0, At(3, 1));
        Assert.NotEqual(z1.Address, z2.Address);
        M.Free(z1, At(4, 1));
    }

    [Fact]
    public void AddressIndexOverManyBlobs()
    {
        var rng = new Random(42);
        var blobs = new List<Blob>();
        for (var i = 0; i < 100_000; i++)
        {
            var size = (ulong)(i % 1000 == 0 ? rng.Next(65_536, 300_000) : rng.Next(0, 200));
            var p = i % 3 == 0 ? M.Malloc(size, At(1, 1)) : MemorySpace.PointerTo(M.AllocateStatic(null, size, 8, At(2, 1)));
            blobs.Add(p.Provenance!);
        }

        foreach (var b in blobs)
        {
            Assert.Same(b, M.FindBlob(b.Base));
            Assert.Same(b, M.FindBlob(b.Limit)); // one past the end (itself for size 0)
            if (b.Size > 0)
                Assert.Same(b, M.FindBlob(b.Base + (ulong)b.Size / 2));
            Assert.Null(M.FindBlob(b.Base - 1)); // the guard gap before every blob
            Assert.Null(M.FindBlob(b.Limit + 1)); // and after
        }

        Assert.Null(M.FindBlob(0x1234));
        Assert.Null(M.FindBlob(ulong.MaxValue));
    }

    [Fact]
    public void FreedAddressesAreQuarantinedThenReused()
    {
        var k = new MemoryTestKit(new MemoryOptions { QuarantineBlobs = 2 });
        var m = k.Memory;
        var a = m.Malloc(24, At(1, 1));
        m.Free(a, At(2, 1));
        Assert.Same(a.Provenance, m.FindBlob(a.Address)); // still known while quarantined
        Assert.Equal(BlobState.Freed, m.FindBlob(a.Address)!.State);
        Assert.Null(m.FindLiveBlob(a.Address));
        var b = m.Malloc(24, At(3, 1));
        Assert.NotEqual(a.Address, b.Address);
        m.Free(b, At(4, 1));
        var c = m.Malloc(24, At(5, 1));
        m.Free(c, At(6, 1)); // the quarantine holds b and c; a left it
        Assert.Equal(2, m.QuarantinedBlobCount);
        var d = m.Malloc(24, At(7, 1));
        Assert.Equal(a.Address, d.Address); // a's slot is reused…
        Assert.Equal("ALT104", Assert.Throws<MemoryFault>(() => m.ReadInt32(a, k.Int, Here, out _)).Descriptor.Id); // …yet a stays dangling
        m.WriteInt32(d, k.Int, 1);
    }

    [Fact]
    public void AReusedSlotStartsUninitialisedWithoutTheOldPointers()
    {
        // Small heap blobs share storage by address: the next blob at a reused slot must not see
        // the bytes, shadow or stored provenance the previous one left there.
        var k = new MemoryTestKit(new MemoryOptions { QuarantineBlobs = 1 });
        var m = k.Memory;
        var target = m.Malloc(8, At(1, 1));
        var a = m.Malloc(24, At(2, 1));
        m.WriteInt32(a, k.Int, 5);
        m.WritePointer(m.Add(a, 8), k.Ptr, target);
        m.Free(a, At(3, 1));
        m.Free(m.Malloc(24, At(4, 1)), At(5, 1)); // pushes a out of the quarantine
        var d = m.Malloc(24, At(6, 1));
        Assert.Equal(a.Address, d.Address);
        m.ReadInt32(d, k.Int, Here, out var stale);
        Assert.Equal(InvalidKind.Uninitialised, stale!.Kind);
        m.ReadPointer(m.Add(d, 8), k.Ptr, Here, out var stalePointer);
        Assert.Equal(InvalidKind.Uninitialised, stalePointer!.Kind);
        m.WriteInt32(d, k.Int, 6); // its twin: written, it reads back valid
        Assert.Equal(6, m.ReadInt32(d, k.Int, Here, out var fresh));
        Assert.Null(fresh);
    }

    [Fact]
    public void QuarantineIsBoundedInBytes()
    {
        var k = new MemoryTestKit(new MemoryOptions { QuarantineBytes = 1000 });
        for (var i = 0; i < 10; i++)
            k.Memory.Free(k.Memory.Malloc(400, At(1, 1)), At(2, 1));
        Assert.Equal(2, k.Memory.QuarantinedBlobCount);
    }

    [Fact]
    public void ReallocMovesBytesShadowAndProvenance()
    {
        var target = M.Malloc(4, At(1, 1));
        var p = M.Malloc(16, At(2, 1), new NamedAllocationType("struct T", 16));
        M.WriteInt32(p, _k.Int, 77);
        M.WritePointer(M.Add(p, 8), _k.Ptr, target);
        var q = M.Realloc(p, 64, At(3, 1));
        Assert.NotEqual(p.Address, q.Address);
        Assert.Equal(77, M.ReadInt32(q, _k.Int, Here, out var v));
        Assert.Null(v);
        M.ReadInt32(M.Add(q, 4), _k.Int, Here, out var gap);
        Assert.Equal(InvalidKind.Uninitialised, gap!.Kind); // never written, still not
        Assert.Equal(target, M.ReadPointer(M.Add(q, 8), _k.Ptr, Here, out _));
        M.ReadInt32(M.Add(q, 32), _k.Int, Here, out var fresh);
        Assert.Equal(InvalidKind.Uninitialised, fresh!.Kind);
        var f = Assert.Throws<MemoryFault>(() => M.ReadInt32(p, _k.Int, Here, out _));
        Assert.Equal("ALT104", f.Descriptor.Id);
        Assert.Contains("freed at f.c:3:1", f.Message);
        Assert.Equal("ALT113", Assert.Throws<MemoryFault>(() => M.Realloc(p, 8, At(4, 1))).Descriptor.Id);
        var shrunk = M.Realloc(q, 2, At(5, 1));
        Assert.Equal(2, shrunk.Provenance!.Size);
        Assert.True(M.Realloc(shrunk, 0, At(6, 1)).IsNull);
        Assert.False(shrunk.Provenance.IsLive);
        Assert.False(M.Realloc(Pointer.Null, 8, At(7, 1)).IsNull);
    }

    [Fact]
    public void LeaksAreTheLiveHeapBlobsWithSites()
    {
        var a = M.Malloc(10, At(1, 1), IntType);
        var b = M.Malloc(20, At(2, 1));
        M.Free(a, At(3, 1));
        M.AllocateStatic("g", 8, 8, At(4, 1));
        var leaks = M.Leaks();
        var leak = Assert.Single(leaks);
        Assert.Same(b.Provenance, leak);
        Assert.Equal(At(2, 1), leak.Site);
        Assert.Equal(30 - 10 + 8, M.LiveBytes);
    }

    [Fact]
    public void AllocasDieWithTheirFrameAndVlasWithTheirBlock()
    {
        var frame = M.PushFrame(M.CreateFrameLayout("f", []), At(1, 1));
        var a = M.Alloca(frame, 32, 16, At(2, 1));
        var vla = M.Alloca(frame, 8, 8, At(3, 1));
        Assert.Same(Allocator.Alloca, a.Provenance!.Allocator);
        M.WriteInt32(a, _k.Int, 1);
        M.EndScope(vla.Provenance!, At(4, 1));
        Assert.Equal("ALT105", Assert.Throws<MemoryFault>(() => M.WriteInt32(vla, _k.Int, 1)).Descriptor.Id);
        M.PopFrame(frame, At(5, 1));
        var f = Assert.Throws<MemoryFault>(() => M.ReadInt32(a, _k.Int, Here, out _));
        Assert.Equal("ALT105", f.Descriptor.Id);
        Assert.Contains("32-byte alloca blob", f.Message);
    }

    [Fact]
    public void NestedPoolAllocator()
    {
        var pool = M.DefineAllocator("pool", nested: true);
        var arena = M.Malloc(256, At(1, 1));
        var sub = M.AllocateNested(pool, M.Add(arena, 64), 32, At(2, 1), IntArray(8));
        Assert.Same(sub.Provenance, M.FindBlob(sub.Address + 4));
        Assert.Same(arena.Provenance, M.FindBlob(arena.Address + 4));
        M.WriteInt32(sub, _k.Int, 5);
        Assert.Equal(5, M.ReadInt32(M.Add(arena, 64), _k.Int, Here, out _)); // the same bytes
        Assert.Equal("ALT101", Assert.Throws<MemoryFault>(() => M.ReadInt32(M.Add(sub, 32), _k.Int, Here, out _)).Descriptor.Id);
        Assert.Equal("ALT107", Assert.Throws<MemoryFault>(() => M.Free(sub, At(3, 1))).Descriptor.Id); // not malloc's
        M.Deallocate(pool, sub, At(4, 1));
        Assert.Equal("ALT104", Assert.Throws<MemoryFault>(() => M.ReadInt32(sub, _k.Int, Here, out _)).Descriptor.Id);
        Assert.Same(arena.Provenance, M.FindBlob(sub.Address));

        var xalloc = M.DefineAllocator("xmalloc");
        var x = M.Allocate(xalloc, 12, 16, At(5, 1));
        Assert.Same(xalloc, M.AllocatorAt(x.Address));
        Assert.Contains(x.Provenance!, M.Leaks());
    }
}
