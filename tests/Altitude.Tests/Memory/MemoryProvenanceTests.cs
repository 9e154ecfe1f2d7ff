using Altitude.Memory;
using static Altitude.Tests.Memory.MemoryTestKit;

namespace Altitude.Tests.Memory;

// Pointers in memory keep provenance byte-wise; integer casts follow PNVI-ae-udi.
public class MemoryProvenanceTests
{
    private readonly MemoryTestKit _k = new();

    private MemorySpace M => _k.Memory;

    [Fact]
    public void MemcpyOfAStructCopiesPointerProvenance()
    {
        var target = M.Malloc(4, At(1, 1), IntType);
        var s1 = M.Malloc(16, At(2, 1));
        M.WriteInt32(s1, _k.Int, 1);
        M.WritePointer(M.Add(s1, 8), _k.Ptr, target);
        var s2 = M.Malloc(16, At(3, 1));
        M.Memcpy(s2, s1, 16);
        var p = M.ReadPointer(M.Add(s2, 8), _k.Ptr, Here, out var inv);
        Assert.Null(inv);
        Assert.Equal(target, p);
        M.WriteInt32(p, _k.Int, 9); // usable
    }

    [Fact]
    public void WritingOneByteOfAStoredPointerDestroysItsProvenance()
    {
        var target = M.Malloc(4, At(1, 1));
        var slot = M.Malloc(8, At(2, 1));
        M.WritePointer(slot, _k.Ptr, target);
        var b0 = (byte)target.Address; // the same value, known without reading the pointer's bytes
        M.WriteInt8(slot, _k.Char, (sbyte)b0); // written as a byte
        var p = M.ReadPointer(slot, _k.Ptr, Here, out var inv);
        Assert.Null(inv); // the representation is intact…
        Assert.Equal(target.Address, p.Address);
        Assert.Null(p.Provenance); // …the provenance is not
        Assert.Equal("ALT111", Assert.Throws<MemoryFault>(() => M.ReadInt32(p, _k.Int, Here, out _)).Descriptor.Id);
    }

    [Fact]
    public void ByteWiseCopyOfAPointerWorksThroughExposure()
    {
        // A hand-written memcpy (or a byte-swapping qsort) reads the pointer's bytes as unsigned
        // char, which exposes its blob (PNVI-ae); the copied bytes then act as an integer cast.
        var target = M.Malloc(4, At(1, 1));
        var from = M.Malloc(8, At(2, 1));
        var to = M.Malloc(8, At(3, 1));
        M.WritePointer(from, _k.Ptr, target);
        Assert.False(target.Provenance!.Exposed);
        for (var i = 0; i < 8; i++)
        {
            var c = M.ReadInt8(M.Add(from, i), _k.Char, Here, out var inv);
            Assert.Null(inv);
            M.WriteInt8(M.Add(to, i), _k.Char, c);
        }

        Assert.True(target.Provenance.Exposed);
        var p = M.ReadPointer(to, _k.Ptr, Here, out var invalid);
        Assert.Null(invalid);
        Assert.Equal(target, p);
        M.Free(target, At(4, 1));
        Assert.Null(M.ReadPointer(to, _k.Ptr, Here, out _).Provenance); // no live blob there any more
    }

    [Fact]
    public void AStoredPointerWithoutProvenanceStaysWithout()
    {
        var target = M.Malloc(4, At(1, 1));
        var forged = M.FromInteger(target.Address); // not exposed yet: no provenance
        var slot = M.Malloc(8, At(2, 1));
        M.WritePointer(slot, _k.Ptr, forged);
        MemorySpace.ToInteger(target); // exposed afterwards
        Assert.Null(M.ReadPointer(slot, _k.Ptr, Here, out _).Provenance);
    }

    [Fact]
    public void PointerAssembledFromTwoPointersHasNoProvenance()
    {
        var a = M.Malloc(4, At(1, 1));
        var b = M.Malloc(4, At(2, 1));
        var pa = M.Malloc(8, At(3, 1));
        var pb = M.Malloc(8, At(4, 1));
        M.WritePointer(pa, _k.Ptr, a);
        M.WritePointer(pb, _k.Ptr, b);
        var mix = M.Malloc(8, At(5, 1));
        M.Memcpy(mix, pa, 4);
        M.Memcpy(M.Add(mix, 4), M.Add(pb, 4), 4);
        var p = M.ReadPointer(mix, _k.Ptr, Here, out _);
        Assert.Null(p.Provenance);
        var shifted = M.Malloc(16, At(6, 1));
        M.Memcpy(M.Add(shifted, 1), pa, 8); // all 8 bytes, but read from the wrong offset
        Assert.Null(M.ReadPointer(M.Add(shifted, 0), _k.Ptr, Here, out _).Provenance);
        Assert.Same(a.Provenance, M.ReadPointer(M.Add(shifted, 1), _k.Ptr, Here, out _).Provenance);
    }

    [Fact]
    public void IntegerRoundTripNeedsExposure()
    {
        var p = M.Malloc(40, At(1, 1));
        Assert.Null(M.FromInteger(p.Address + 8).Provenance);
        var n = MemorySpace.ToInteger(p);
        Assert.True(p.Provenance!.Exposed);
        var back = M.FromInteger(n + 8);
        Assert.Same(p.Provenance, back.Provenance);
        M.WriteInt32(back, _k.Int, 3);
        Assert.Same(p.Provenance, M.FromInteger(n + 40).Provenance); // one past the end
        Assert.Null(M.FromInteger(n + 48).Provenance); // in the guard gap
        Assert.Equal(Pointer.Null, M.FromInteger(0));
        M.Free(p, At(2, 1));
        Assert.Null(M.FromInteger(n).Provenance); // freed blobs are not candidates
    }

    [Fact]
    public void IntegerCastPrefersTheInnermostExposedBlob()
    {
        var frame = M.PushFrame(M.CreateFrameLayout("f", [new LocalSpec("a", 8, 8, At(1, 1)), new LocalSpec("b", 8, 8, At(2, 1))]), At(1, 1));
        var b = MemorySpace.Local(frame, 1);
        Assert.Null(M.FromInteger(b.Base).Provenance);
        MemorySpace.ToInteger(MemorySpace.PointerTo(b));
        Assert.Same(b, M.FromInteger(b.Base + 4).Provenance);
        Assert.Null(M.FromInteger(MemorySpace.Local(frame, 0).Base).Provenance);
    }
}
