using Altitude.Memory;

namespace Altitude.Vm.Execute;

/// <summary>Bit-field access: the bytes covering the field are read (and rewritten) as raw bytes.</summary>
public static class BitFieldBytes
{
    public static (Pointer At, int Count, int Shift) Span(Frame f, Pointer record, long bitOffset, int width)
    {
        var first = bitOffset / 8;
        var shift = (int)(bitOffset % 8);
        var count = (shift + width + 7) / 8;
        return (f.M.Memory.Add(record, first), count, shift);
    }

    public static UInt128 Read(Frame f, Pointer at, int count)
    {
        var bytes = f.M.Memory.GetBytes(at, (ulong)count);
        UInt128 v = 0;
        for (var i = count - 1; i >= 0; i--) v = (v << 8) | bytes[i];
        return v;
    }
}

public sealed class BitFieldLoad(PtrNode record, long bitOffset, int width, bool signed) : IntNode
{
    public override long Eval(Frame f)
    {
        var r = record.Eval(f);
        f.M.At = Loc;
        var (at, count, shift) = BitFieldBytes.Span(f, r, bitOffset, width);
        var raw = (ulong)(BitFieldBytes.Read(f, at, count) >> shift);
        if (width < 64) raw &= (1UL << width) - 1;
        if (signed && width < 64 && (raw >> (width - 1) & 1) != 0) raw |= ~0UL << width;
        return (long)raw;
    }
}

public sealed class BitFieldStore(PtrNode record, long bitOffset, int width, bool signed, IntNode value) : IntNode
{
    public override long Eval(Frame f)
    {
        var r = record.Eval(f);
        var v = value.Eval(f);
        f.M.At = Loc;
        var (at, count, shift) = BitFieldBytes.Span(f, r, bitOffset, width);
        var mask = (width < 64 ? (UInt128)((1UL << width) - 1) : ulong.MaxValue) << shift;
        var old = BitFieldBytes.Read(f, at, count);
        var updated = (old & ~mask) | (((UInt128)(ulong)v << shift) & mask);
        Span<byte> bytes = stackalloc byte[count];
        for (var i = 0; i < count; i++) bytes[i] = (byte)(updated >> (8 * i));
        f.M.Memory.WriteBytes(at, bytes, f.M.CharTag);
        // The value of the assignment is the value stored in the field (truncated to its width).
        var stored = (ulong)v;
        if (width < 64) stored &= (1UL << width) - 1;
        if (signed && width < 64 && (stored >> (width - 1) & 1) != 0) stored |= ~0UL << width;
        return (long)stored;
    }
}

/// <summary>Storage for a VLA: an alloca blob in the current frame, its pointer kept in a slot.</summary>
public sealed class VlaAllocNode(int slot, IntNode size, long align) : VoidNode
{
    public override void Eval(Frame f)
    {
        f.M.Taint = null;
        var n = size.Eval(f);
        if (f.M.Taint is { } bad) throw Validity.Use(f.M, Loc, "the size of this variable-length array", bad);
        f.M.At = Loc;
        if (n <= 0) throw f.M.Error(RuntimeErrors.VlaSize, n);
        f.P[slot] = f.M.Memory.Alloca(f.Blob!, (ulong)n, (ulong)Math.Max(align, 1), Loc);
    }
}

/// <summary>Pointer plus index times a size known only at run time (arrays of VLAs).</summary>
public sealed class PtrAddDynamic(PtrNode p, IntNode i, IntNode scale, bool negate) : PtrNode
{
    public override Pointer Eval(Frame f)
    {
        var v = p.Eval(f);
        var n = i.Eval(f);
        var s = scale.Eval(f);
        f.M.At = Loc;
        return f.M.Memory.Add(v, negate ? -(n * s) : n * s);
    }
}

/// <summary>alloca(n): a blob of the alloca allocator, ended when the function returns.</summary>
public sealed class AllocaNode(IntNode size) : PtrNode
{
    public override Pointer Eval(Frame f)
    {
        var m = f.M;
        var outer = m.Taint;
        m.Taint = null;
        var n = size.Eval(f);
        if (m.Taint is { } bad) throw Validity.Use(m, Loc, "the size passed to alloca", bad);
        m.Taint = outer;
        f.M.At = Loc;
        return f.M.Memory.Alloca(f.Blob!, (ulong)n, 16, Loc);
    }
}
