using Altitude.Memory;
using static Altitude.Tests.Memory.MemoryTestKit;

namespace Altitude.Tests.Memory;

// The engine's hot path must not allocate: checked loads and stores, valid or not yet reported.
public class MemoryHotPathTests
{
    [Fact]
    public void ValidLoadsAndStoresDoNotAllocate()
    {
        var k = new MemoryTestKit();
        var m = k.Memory;
        var p = m.Malloc(64, At(1, 1));
        var target = m.Malloc(8, At(2, 1));
        var at = Here;
        // Warm up so that JIT compilation and one-time table creation are not counted.
        Loop(m, k, p, target, at, 10);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var sum = Loop(m, k, p, target, at, 10_000);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(10_000L * (1 + 2 + 3), sum);
        Assert.Equal(0, allocated);
    }

    private static long Loop(MemorySpace m, MemoryTestKit k, Pointer p, Pointer target, in Altitude.Text.SourceLocation at, int n)
    {
        long sum = 0;
        var q = m.Add(p, 8);
        var r = m.Add(p, 16);
        var s = m.Add(p, 24);
        for (var i = 0; i < n; i++)
        {
            m.WriteInt32(p, k.Int, 1);
            m.WriteInt64(q, k.Long, 2);
            m.WriteInt8(r, k.Char, 3);
            m.WritePointer(s, k.Ptr, target);
            sum += m.ReadInt32(p, k.Int, at, out var a) + m.ReadInt64(q, k.Long, at, out var b) + m.ReadInt8(r, k.Char, at, out var c);
            var back = m.ReadPointer(s, k.Ptr, at, out var d);
            if (a is not null || b is not null || c is not null || d is not null || back.Provenance is null)
                return -1;
        }

        return sum;
    }

    [Fact]
    public void TagTableDeduplicatesAndConfiguresCompatibility()
    {
        var t = new TypeTagTable();
        var a = t.Register(ScalarKind.Int, 7, "int");
        Assert.Equal(a, t.Register(ScalarKind.Int, 7));
        Assert.True(a.Value >= TypeTag.FirstUserValue);
        var u = t.Register(ScalarKind.UInt, 7);
        var l = t.Register(ScalarKind.Long, 7);
        var anywhere = t.Register(ScalarKind.Int, TypeTagTable.AnyPosition);
        var elsewhere = t.Register(ScalarKind.Int, 8);
        Assert.True(t.AreCompatible(a, u));
        Assert.False(t.AreCompatible(a, l));
        Assert.False(t.AreCompatible(a, elsewhere));
        Assert.True(t.AreCompatible(anywhere, elsewhere));
        t.SetKindsCompatible(ScalarKind.Long, ScalarKind.Int, true);
        Assert.True(t.AreCompatible(l, a));
        Assert.Equal(ScalarKind.UInt, t.KindOf(u));
        Assert.Equal(7, t.PositionOf(u));
        Assert.Equal("int", t.NameOf(a));
    }

    [Fact]
    public void InvalidationLeavesUninitialisedBytesAloneAndDropsProvenance()
    {
        var k = new MemoryTestKit();
        var m = k.Memory;
        var p = m.Malloc(16, At(1, 1));
        m.WritePointer(p, k.Ptr, p);
        MemorySpace.InvalidateRange(p.Provenance!, 0, 16, At(2, 1));
        Assert.Equal(TypeTag.Invalidated, p.Provenance!.TagAt(0));
        Assert.Equal(TypeTag.Uninitialised, p.Provenance.TagAt(8));
        var back = m.ReadPointer(p, k.Ptr, Here, out var inv);
        Assert.Equal(InvalidKind.Invalidated, inv!.Kind);
        Assert.Null(back.Provenance);
        m.ReadInt32(m.Add(p, 8), k.Int, Here, out var never);
        Assert.Equal(InvalidKind.Uninitialised, never!.Kind);
    }
}
