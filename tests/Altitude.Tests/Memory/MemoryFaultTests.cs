using Altitude.Memory;
using static Altitude.Tests.Memory.MemoryTestKit;

namespace Altitude.Tests.Memory;

// Each fault kind fires with a message naming the blob, and its correct twin does not.
public class MemoryFaultTests
{
    private readonly MemoryTestKit _k = new();

    private MemorySpace M => _k.Memory;

    private MemoryFault Fault(Action action) => Assert.Throws<MemoryFault>(action);

    [Fact]
    public void OutOfBoundsReadNamesTheBlob()
    {
        var p = M.Malloc(40, At(3, 13), IntArray(10));
        M.WriteInt32(M.Add(p, 36), _k.Int, 7);
        Assert.Equal(7, M.ReadInt32(M.Add(p, 36), _k.Int, Here, out var invalid));
        Assert.Null(invalid);
        var end = M.Add(p, 40); // one past the end may be formed…
        var f = Fault(() => M.ReadInt32(end, _k.Int, Here, out _)); // …but not read
        Assert.Equal("ALT101", f.Descriptor.Id);
        Assert.Equal("out-of-bounds read: access of 4 bytes at offset 40 of a 40-byte malloc blob of type int[10] allocated at f.c:3:13", f.Message);
        var d = f.ToDiagnostic(At(5, 1)).ToString();
        Assert.Equal("f.c:5:1: error: out-of-bounds read: access of 4 bytes at offset 40 of a 40-byte malloc blob of type int[10] allocated at f.c:3:13 (C17 6.5.6p8) [ALT101]", d);
    }

    [Fact]
    public void OutOfBoundsWriteIsRefusedAndWritesNothing()
    {
        var p = M.Malloc(6, At(1, 1));
        var f = Fault(() => M.WriteInt32(M.Add(p, 4), _k.Int, -1)); // straddles the end
        Assert.Equal("ALT102", f.Descriptor.Id);
        Assert.Contains("access of 4 bytes at offset 4 of a 6-byte malloc blob (untyped)", f.Message);
        Assert.Equal(new byte[6], p.Provenance!.CopyBytes());
        M.WriteInt16(M.Add(p, 4), _k.Int, 1); // the twin that fits
    }

    [Fact]
    public void OneLocalIntoItsNeighbourIsOutOfBounds()
    {
        var layout = M.CreateFrameLayout("f", [new LocalSpec("a", 4, 4, At(2, 7), IntType), new LocalSpec("b", 4, 4, At(3, 7), IntType)]);
        var frame = M.PushFrame(layout, At(1, 1));
        var a = MemorySpace.Local(frame, 0);
        var b = MemorySpace.Local(frame, 1);
        Assert.True(b.Base - a.Limit >= 16, "locals are separated by a guard gap");
        var wild = new Pointer(b.Base, a); // what a[k] with a large k computes
        var f = Fault(() => M.WriteInt32(wild, _k.Int, 1));
        Assert.Equal("ALT102", f.Descriptor.Id);
        Assert.Contains("of a 4-byte stackframe blob 'a' of type int allocated at f.c:2:7; the address is inside a 4-byte stackframe blob 'b'", f.Message);
        var pa = Assert.Throws<MemoryFault>(() => M.Add(MemorySpace.PointerTo(a), 8));
        Assert.Equal("ALT103", pa.Descriptor.Id);
    }

    [Fact]
    public void PointerArithmeticBeyondOnePastTheEnd()
    {
        var p = M.Malloc(40, At(3, 13), IntArray(10));
        Assert.Equal(p.Address + 40, M.Add(p, 40).Address);
        Assert.Equal(p.Address, M.Add(M.Add(p, 40), -40).Address);
        var f = Fault(() => M.Add(p, 44));
        Assert.Equal("ALT103", f.Descriptor.Id);
        Assert.Contains("gives offset 44, outside [0, 40]", f.Message);
        Assert.Equal("ALT103", Fault(() => M.Add(p, -1)).Descriptor.Id);
        Assert.Equal("ALT103", Fault(() => M.Add(Pointer.Null, 4)).Descriptor.Id);
        Assert.Equal(Pointer.Null, M.Add(Pointer.Null, 0));
    }

    [Fact]
    public void UseAfterFreeSaysWhereItWasFreed()
    {
        var p = M.Malloc(4, At(3, 13), IntType);
        M.WriteInt32(p, _k.Int, 1);
        Assert.Equal(1, M.ReadInt32(p, _k.Int, Here, out _));
        M.Free(p, At(5, 3));
        var f = Fault(() => M.ReadInt32(p, _k.Int, Here, out _));
        Assert.Equal("ALT104", f.Descriptor.Id);
        Assert.EndsWith("allocated at f.c:3:13, freed at f.c:5:3", f.Message);
        Assert.Equal("ALT104", Fault(() => M.WriteInt32(p, _k.Int, 2)).Descriptor.Id);
    }

    [Fact]
    public void UseAfterReturnIsUseAfterScope()
    {
        var layout = M.CreateFrameLayout("g", [new LocalSpec("x", 4, 4, At(2, 9), IntType)]);
        var frame = M.PushFrame(layout, At(1, 1));
        var px = MemorySpace.PointerTo(MemorySpace.Local(frame, 0));
        M.WriteInt32(px, _k.Int, 5);
        Assert.Equal(5, M.ReadInt32(px, _k.Int, Here, out var inv));
        Assert.Null(inv);
        M.PopFrame(frame, At(4, 1));
        var f = Fault(() => M.ReadInt32(px, _k.Int, Here, out _));
        Assert.Equal("ALT105", f.Descriptor.Id);
        Assert.Contains("4-byte stackframe blob 'x' of type int allocated at f.c:2:9, whose lifetime ended at f.c:4:1", f.Message);

        // The next call reuses the storage, but its x is a new, uninitialised object.
        var again = M.PushFrame(layout, At(1, 1));
        var px2 = MemorySpace.PointerTo(MemorySpace.Local(again, 0));
        M.ReadInt32(px2, _k.Int, Here, out var fresh);
        Assert.Equal(InvalidKind.Uninitialised, fresh!.Kind);
        Assert.Equal("ALT105", Fault(() => M.WriteInt32(px, _k.Int, 6)).Descriptor.Id);
    }

    [Fact]
    public void BlockReentryMakesANewObject()
    {
        var layout = M.CreateFrameLayout("h", [new LocalSpec("i", 4, 4, At(2, 9), IntType)]);
        var frame = M.PushFrame(layout, At(1, 1));
        var first = MemorySpace.PointerTo(MemorySpace.Local(frame, 0));
        M.WriteInt32(first, _k.Int, 1);
        MemorySpace.EndLocalScope(first.Provenance!, At(3, 5));
        Assert.Equal("ALT105", Fault(() => M.ReadInt32(first, _k.Int, Here, out _)).Descriptor.Id);
        var second = MemorySpace.PointerTo(M.RenewLocal(frame, 0));
        Assert.Equal(first.Address, second.Address);
        M.ReadInt32(second, _k.Int, Here, out var inv);
        Assert.Equal(InvalidKind.Uninitialised, inv!.Kind);
        Assert.Equal("ALT105", Fault(() => M.ReadInt32(first, _k.Int, Here, out _)).Descriptor.Id);
    }

    [Fact]
    public void DoubleFree()
    {
        var p = M.Malloc(8, At(1, 1));
        M.Free(p, At(2, 1));
        var f = Fault(() => M.Free(p, At(3, 1)));
        Assert.Equal("ALT106", f.Descriptor.Id);
        Assert.Contains("already freed at f.c:2:1", f.Message);
        M.Free(Pointer.Null, At(4, 1)); // free(NULL) is fine
    }

    [Fact]
    public void InvalidFreeOfStackInteriorAndStaticPointers()
    {
        var frame = M.PushFrame(M.CreateFrameLayout("f", [new LocalSpec("x", 4, 4, At(2, 9), IntType)]), At(1, 1));
        var local = Fault(() => M.Free(MemorySpace.PointerTo(MemorySpace.Local(frame, 0)), At(3, 1)));
        Assert.Equal("ALT107", local.Descriptor.Id);
        Assert.Contains("stackframe blob 'x'", local.Message);
        Assert.Contains("which malloc did not allocate", local.Message);

        var p = M.Malloc(16, At(4, 1));
        var interior = Fault(() => M.Free(M.Add(p, 8), At(5, 1)));
        Assert.Equal("ALT107", interior.Descriptor.Id);
        Assert.Contains("offset 8 of a 16-byte malloc blob", interior.Message);
        Assert.True(p.Provenance!.IsLive, "a refused free frees nothing");

        var g = M.AllocateStatic("g", 4, 4, At(6, 5), IntType);
        Assert.Equal("ALT107", Fault(() => M.Free(MemorySpace.PointerTo(g), At(7, 1))).Descriptor.Id);
        M.Free(p, At(8, 1));
        Assert.False(p.Provenance!.IsLive);
    }

    [Fact]
    public void NullDereference()
    {
        var f = Fault(() => M.ReadInt32(Pointer.Null, _k.Int, Here, out _));
        Assert.Equal("ALT108", f.Descriptor.Id);
        Assert.Equal("ALT108", Fault(() => M.WriteInt32(new Pointer(8, null), _k.Int, 1)).Descriptor.Id); // &((struct s*)0)->field
    }

    [Fact]
    public void MisalignedAccessOnlyWhenAsked()
    {
        var relaxed = _k.Memory.Malloc(16, At(1, 1));
        _k.Memory.WriteInt32(M.Add(relaxed, 2), _k.Int, 3); // allowed by default

        var strict = new MemoryTestKit(new MemoryOptions { CheckAlignment = true });
        var p = strict.Memory.Malloc(16, At(1, 1));
        strict.Memory.WriteInt32(strict.Memory.Add(p, 4), strict.Int, 3);
        var f = Assert.Throws<MemoryFault>(() => strict.Memory.WriteInt32(strict.Memory.Add(p, 2), strict.Int, 3));
        Assert.Equal("ALT109", f.Descriptor.Id);
        Assert.Contains("needs 4-byte alignment", f.Message);
    }

    [Fact]
    public void StringLiteralsAreReadOnly()
    {
        var s = M.AllocateStringLiteral("hi\0"u8, _k.Char, At(2, 15));
        var p = MemorySpace.PointerTo(s);
        Assert.Equal((byte)'h', M.ReadUInt8(p, _k.Char, Here, out var inv));
        Assert.Null(inv);
        var f = Fault(() => M.WriteInt8(p, _k.Char, 72));
        Assert.Equal("ALT110", f.Descriptor.Id);
        Assert.Contains("3-byte static blob (untyped) allocated at f.c:2:15", f.Message);
        Assert.Equal("ALT110", Fault(() => M.Memset(p, 0, 1)).Descriptor.Id);
    }

    [Fact]
    public void OverlappingMemcpy()
    {
        var p = M.Malloc(16, At(1, 1));
        M.Memset(p, 7, 16);
        var f = Fault(() => M.Memcpy(M.Add(p, 4), p, 8));
        Assert.Equal("ALT112", f.Descriptor.Id);
        M.Memcpy(M.Add(p, 8), p, 8); // adjacent, not overlapping
        M.WriteInt32(p, _k.Int, 0x01020304);
        M.Memmove(M.Add(p, 2), p, 8);
        Assert.Equal(new byte[] { 4, 3, 4, 3, 2, 1, 7, 7 }, M.GetBytes(p, 8).ToArray());
    }

    [Fact]
    public void ZeroLengthCopiesStillNeedValidPointers()
    {
        var p = M.Malloc(4, At(1, 1));
        M.Memcpy(M.Add(p, 4), p, 0); // one past the end, zero bytes: fine
        Assert.Equal("ALT108", Fault(() => M.Memcpy(Pointer.Null, p, 0)).Descriptor.Id);
    }

    [Fact]
    public void PointerSubtractionAndComparisonAcrossBlobs()
    {
        var a = M.Malloc(8, At(1, 1));
        var b = M.Malloc(8, At(2, 1));
        Assert.Equal(8, MemorySpace.Subtract(M.Add(a, 8), a));
        Assert.True(MemorySpace.CompareRelational(a, M.Add(a, 4)) < 0);
        Assert.Equal("ALT114", Fault(() => MemorySpace.Subtract(a, b)).Descriptor.Id);
        Assert.Equal("ALT115", Fault(() => MemorySpace.CompareRelational(a, b)).Descriptor.Id);
    }

    [Fact]
    public void MemoryLimit()
    {
        var k = new MemoryTestKit(new MemoryOptions { MemoryLimit = 1000 });
        var p = k.Memory.Malloc(600, At(1, 1));
        var f = Assert.Throws<MemoryFault>(() => k.Memory.Malloc(600, At(2, 1)));
        Assert.Equal("ALT901", f.Descriptor.Id);
        k.Memory.Free(p, At(3, 1));
        Assert.False(k.Memory.Malloc(600, At(4, 1)).IsNull, "freed bytes no longer count");

        var lenient = new MemoryTestKit(new MemoryOptions { MemoryLimit = 1000, ReturnNullWhenLimitExceeded = true });
        Assert.True(lenient.Memory.Malloc(5000, At(1, 1)).IsNull);
    }

    [Fact]
    public void AccessThroughAnUnexposedIntegerAddress()
    {
        var p = M.Malloc(8, At(1, 1));
        var forged = M.FromInteger(p.Address); // never exposed: no provenance
        Assert.Null(forged.Provenance);
        var f = Fault(() => M.ReadInt32(forged, _k.Int, Here, out _));
        Assert.Equal("ALT111", f.Descriptor.Id);
        Assert.Contains("inside an 8-byte malloc blob", f.Message);
    }

    [Fact]
    public void StringLengthStopsAtTheBlobsEnd()
    {
        var lit = M.AllocateStringLiteral("abc\0"u8, _k.Char, At(1, 1));
        Assert.Equal(3, M.StringLength(MemorySpace.PointerTo(lit), Here, out var inv));
        Assert.Null(inv);
        Assert.Equal(1, M.StringLength(MemorySpace.PointerTo(lit, 2), Here, out _));
        var buf = M.Malloc(4, At(2, 1));
        M.Memset(buf, (byte)'x', 4); // no terminator
        var f = Fault(() => M.StringLength(buf, Here, out _));
        Assert.Equal("ALT101", f.Descriptor.Id);
        Assert.Contains("access of 5 bytes at offset 0 of a 4-byte malloc blob", f.Message);
        var half = M.Malloc(8, At(3, 1));
        M.WriteInt8(half, _k.Char, (sbyte)'a');
        M.WriteInt8(M.Add(half, 2), _k.Char, 0); // byte 1 was never written
        M.StringLength(half, Here, out var uninit); // fresh bytes happen to be zero; the length is indeterminate
        Assert.Equal(InvalidKind.Uninitialised, uninit!.Kind);
    }
}
