using Altitude.Memory;
using Altitude.Text;

namespace Altitude.Vm.Execute;

// Typed closure nodes: each family has one typed Eval; the compiler picks the concrete class,
// so no run-time switch over value kinds. Integers are carried in a long, normalised to their
// type (sign- or zero-extended from its width); float values in a double rounded to binary32.

public abstract class Node
{
    public SourceLocation Loc;
}

public abstract class IntNode : Node { public abstract long Eval(Frame f); }

public abstract class FltNode : Node { public abstract double Eval(Frame f); }

public abstract class PtrNode : Node { public abstract Pointer Eval(Frame f); }

/// <summary>An aggregate (struct, union, array, va_list) value: the address of its bytes.</summary>
public abstract class AggNode : Node { public abstract Pointer Eval(Frame f); }

public abstract class VoidNode : Node { public abstract void Eval(Frame f); }

/// <summary>A statement in a function's instruction array: runs, returns the next pc (-1: return).</summary>
public abstract class Stmt
{
    public SourceLocation Loc;
    public int Next;
    public abstract int Exec(Frame f);
}

// ---- constants and slots ----

public sealed class IntConst(long v) : IntNode { public readonly long V = v; public override long Eval(Frame f) => V; }
public sealed class FltConst(double v) : FltNode { public override double Eval(Frame f) => v; }
public sealed class PtrConst(Pointer v) : PtrNode { public override Pointer Eval(Frame f) => v; }

public sealed class IntSlot(int i) : IntNode { public readonly int Index = i; public override long Eval(Frame f) => f.I[Index]; }
public sealed class FltSlot(int i) : FltNode { public override double Eval(Frame f) => f.D[i]; }
public sealed class PtrSlot(int i) : PtrNode { public override Pointer Eval(Frame f) => f.P[i]; }

// A slot store is a consumer: it evaluates its value with the taint register cleared, records the
// value's validity as the slot's state, and leaves the enclosing expression's taint joined with it.
public sealed class IntSlotStore(int i, IntNode v, int state) : IntNode
{
    public override long Eval(Frame f)
    {
        var m = f.M;
        var outer = m.Taint;
        m.Taint = null;
        var x = v.Eval(f);
        var t = m.Taint;
        Validity.SetSlot(f, state, t);
        if (outer is not null) m.Taint = outer;
        return f.I[i] = x;
    }
}
public sealed class FltSlotStore(int i, FltNode v, int state) : FltNode
{
    public override double Eval(Frame f)
    {
        var m = f.M;
        var outer = m.Taint;
        m.Taint = null;
        var x = v.Eval(f);
        var t = m.Taint;
        Validity.SetSlot(f, state, t);
        if (outer is not null) m.Taint = outer;
        return f.D[i] = x;
    }
}
public sealed class PtrSlotStore(int i, PtrNode v, int state) : PtrNode
{
    public override Pointer Eval(Frame f)
    {
        var m = f.M;
        var outer = m.Taint;
        m.Taint = null;
        var x = v.Eval(f);
        var t = m.Taint;
        Validity.SetSlot(f, state, t);
        if (outer is not null) m.Taint = outer;
        return f.P[i] = x;
    }
}

// Reads of slot locals consult the slot's state: never stored (C17 6.3.2.1p2) or holding an
// invalid value makes the value read invalid; it is reported where it is used.
public sealed class CheckedIntSlot(int i, int state) : IntNode
{
    public override long Eval(Frame f)
    {
        var s = f.SlotState[state];
        if (!Validity.IsValid(s)) Validity.SlotRead(f, this, state, s);
        return f.I[i];
    }
}
public sealed class CheckedFltSlot(int i, int state) : FltNode
{
    public override double Eval(Frame f)
    {
        var s = f.SlotState[state];
        if (!Validity.IsValid(s)) Validity.SlotRead(f, this, state, s);
        return f.D[i];
    }
}
public sealed class CheckedPtrSlot(int i, int state) : PtrNode
{
    public override Pointer Eval(Frame f)
    {
        var s = f.SlotState[state];
        if (!Validity.IsValid(s)) Validity.SlotRead(f, this, state, s);
        return f.P[i];
    }
}

/// <summary>Address of a stack-frame local blob (its current incarnation).</summary>
public sealed class LocalAddr(int index) : PtrNode
{
    public override Pointer Eval(Frame f) => MemorySpace.PointerTo(MemorySpace.Local(f.Blob!, index));
}

// ---- wrappers between families ----

public sealed class IntAsVoid(IntNode e) : VoidNode { public override void Eval(Frame f) => e.Eval(f); }
public sealed class FltAsVoid(FltNode e) : VoidNode { public override void Eval(Frame f) => e.Eval(f); }
public sealed class PtrAsVoid(PtrNode e) : VoidNode { public override void Eval(Frame f) => e.Eval(f); }
public sealed class AggAsVoid(AggNode e) : VoidNode { public override void Eval(Frame f) => e.Eval(f); }
public sealed class PtrAsAgg(PtrNode e) : AggNode { public override Pointer Eval(Frame f) => e.Eval(f); }
public sealed class AggAsPtr(AggNode e) : PtrNode { public override Pointer Eval(Frame f) => e.Eval(f); }

// ---- memory ----

/// <summary>
/// Evaluates an address as a consumer: an address that depends on an invalid value (an
/// uninitialised pointer or index) is a suspicious use, reported before the access.
/// </summary>
public static class AddressOperand
{
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static Pointer Eval(PtrNode addr, Frame f, Node at)
    {
        var m = f.M;
        var outer = m.Taint;
        m.Taint = null;
        var p = addr.Eval(f);
        if (m.Taint is { } bad) throw Validity.Use(m, at.Loc, "the address of this access", bad);
        if (outer is not null) m.Taint = outer;
        return p;
    }
}

public sealed class LoadInt(PtrNode addr, int size, bool signed, TypeTag tag) : IntNode
{
    public override long Eval(Frame f)
    {
        var p = AddressOperand.Eval(addr, f, this);
        var m = f.M;
        m.At = Loc;
        var bits = m.Memory.ReadScalar(p, size, tag, Loc, out var invalid);
        if (invalid is not null) Validity.Loaded(m, invalid);
        return size switch
        {
            1 => signed ? (sbyte)bits : (byte)bits,
            2 => signed ? (short)bits : (ushort)bits,
            4 => signed ? (int)bits : (uint)bits,
            _ => (long)bits,
        };
    }
}

public sealed class LoadFlt(PtrNode addr, bool isFloat, TypeTag tag) : FltNode
{
    public override double Eval(Frame f)
    {
        var p = AddressOperand.Eval(addr, f, this);
        var m = f.M;
        m.At = Loc;
        var bits = m.Memory.ReadScalar(p, isFloat ? 4 : 8, tag, Loc, out var invalid);
        if (invalid is not null) Validity.Loaded(m, invalid);
        return isFloat ? BitConverter.UInt32BitsToSingle((uint)bits) : BitConverter.UInt64BitsToDouble(bits);
    }
}

public sealed class LoadPtr(PtrNode addr, TypeTag tag) : PtrNode
{
    public override Pointer Eval(Frame f)
    {
        var p = AddressOperand.Eval(addr, f, this);
        var m = f.M;
        m.At = Loc;
        var v = m.Memory.ReadPointer(p, tag, Loc, out var invalid);
        if (invalid is not null) Validity.LoadedPointer(m, invalid);
        return v;
    }
}

// Stores are consumers: an invalid value is stored as invalid (its bits kept, its reason recorded
// with them), so a later load yields the same reason.
public sealed class StoreInt(PtrNode addr, IntNode value, int size, TypeTag tag) : IntNode
{
    public override long Eval(Frame f)
    {
        var p = AddressOperand.Eval(addr, f, this);
        var m = f.M;
        var outer = m.Taint;
        m.Taint = null;
        var v = value.Eval(f);
        var t = m.Taint;
        m.At = Loc;
        if (t is null) m.Memory.WriteScalar(p, size, tag, (ulong)v);
        else m.Memory.WriteInvalid(p, size, (ulong)v, t);
        if (outer is not null) m.Taint = outer;
        return v;
    }
}

public sealed class StoreFlt(PtrNode addr, FltNode value, bool isFloat, TypeTag tag) : FltNode
{
    public override double Eval(Frame f)
    {
        var p = AddressOperand.Eval(addr, f, this);
        var m = f.M;
        var outer = m.Taint;
        m.Taint = null;
        var v = value.Eval(f);
        var t = m.Taint;
        m.At = Loc;
        if (t is not null) m.Memory.WriteInvalid(p, isFloat ? 4 : 8, isFloat ? BitConverter.SingleToUInt32Bits((float)v) : BitConverter.DoubleToUInt64Bits(v), t);
        else if (isFloat) m.Memory.WriteFloat(p, tag, (float)v);
        else m.Memory.WriteDouble(p, tag, v);
        if (outer is not null) m.Taint = outer;
        return v;
    }
}

public sealed class StorePtr(PtrNode addr, PtrNode value, TypeTag tag) : PtrNode
{
    public override Pointer Eval(Frame f)
    {
        var p = AddressOperand.Eval(addr, f, this);
        var m = f.M;
        var outer = m.Taint;
        m.Taint = null;
        var v = value.Eval(f);
        var t = m.Taint;
        m.At = Loc;
        if (t is null) m.Memory.WritePointer(p, tag, v);
        else m.Memory.WriteInvalid(p, 8, v.Address, t);
        if (outer is not null) m.Taint = outer;
        return v;
    }
}

/// <summary>Struct/union assignment: a byte copy that keeps shadow state and provenance.</summary>
public sealed class StoreAgg(PtrNode addr, AggNode value, long size) : AggNode
{
    public override Pointer Eval(Frame f)
    {
        var p = addr.Eval(f);
        var v = value.Eval(f);
        f.M.At = Loc;
        if (p.Address != v.Address && size > 0) f.M.Memory.Memmove(p, v, (ulong)size);
        return p;
    }
}

/// <summary>Pointer plus a byte offset (member access, scaled index), checked by the memory model.</summary>
public sealed class PtrOffset(PtrNode p, long offset) : PtrNode
{
    public override Pointer Eval(Frame f)
    {
        var v = p.Eval(f);
        if (offset == 0) return v;
        f.M.At = Loc;
        return f.M.Memory.Add(v, offset);
    }
}

public sealed class PtrAddScaled(PtrNode p, IntNode i, long scale, bool negate) : PtrNode
{
    public override Pointer Eval(Frame f)
    {
        var v = p.Eval(f);
        var n = i.Eval(f);
        f.M.At = Loc;
        var delta = n * scale;
        return f.M.Memory.Add(v, negate ? -delta : delta);
    }
}

public sealed class PtrDiff(PtrNode a, PtrNode b, long scale) : IntNode
{
    public override long Eval(Frame f)
    {
        var x = a.Eval(f);
        var y = b.Eval(f);
        f.M.At = Loc;
        return MemorySpace.Subtract(x, y) / (scale == 0 ? 1 : scale);
    }
}

// ---- sequencing and control inside expressions ----

// The comma operator: the values of the first operands are discarded, and so is their validity.
public static class SequenceOperands
{
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static void Eval(VoidNode[] first, Frame f)
    {
        var m = f.M;
        var outer = m.Taint;
        foreach (var e in first) e.Eval(f);
        m.Taint = outer;
    }
}

public sealed class IntSeq(VoidNode[] first, IntNode last) : IntNode
{
    public override long Eval(Frame f) { SequenceOperands.Eval(first, f); return last.Eval(f); }
}
public sealed class FltSeq(VoidNode[] first, FltNode last) : FltNode
{
    public override double Eval(Frame f) { SequenceOperands.Eval(first, f); return last.Eval(f); }
}
public sealed class PtrSeq(VoidNode[] first, PtrNode last) : PtrNode
{
    public override Pointer Eval(Frame f) { SequenceOperands.Eval(first, f); return last.Eval(f); }
}
public sealed class AggSeq(VoidNode[] first, AggNode last) : AggNode
{
    public override Pointer Eval(Frame f) { SequenceOperands.Eval(first, f); return last.Eval(f); }
}
public sealed class VoidSeq(VoidNode[] all) : VoidNode
{
    public override void Eval(Frame f) { foreach (var e in all) e.Eval(f); }
}

/// <summary>A condition inside an expression (?:, &amp;&amp;, ||): branching on an invalid value is a suspicious use.</summary>
public static class ConditionOperand
{
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool Eval(IntNode c, Frame f, Node at)
    {
        var m = f.M;
        var outer = m.Taint;
        m.Taint = null;
        var v = c.Eval(f);
        if (m.Taint is { } bad) throw Validity.Use(m, at.Loc, "the condition", bad);
        if (outer is not null) m.Taint = outer;
        return v != 0;
    }
}

public sealed class IntCond(IntNode c, IntNode a, IntNode b) : IntNode { public override long Eval(Frame f) => ConditionOperand.Eval(c, f, this) ? a.Eval(f) : b.Eval(f); }
public sealed class FltCond(IntNode c, FltNode a, FltNode b) : FltNode { public override double Eval(Frame f) => ConditionOperand.Eval(c, f, this) ? a.Eval(f) : b.Eval(f); }
public sealed class PtrCond(IntNode c, PtrNode a, PtrNode b) : PtrNode { public override Pointer Eval(Frame f) => ConditionOperand.Eval(c, f, this) ? a.Eval(f) : b.Eval(f); }
public sealed class AggCond(IntNode c, AggNode a, AggNode b) : AggNode { public override Pointer Eval(Frame f) => ConditionOperand.Eval(c, f, this) ? a.Eval(f) : b.Eval(f); }
public sealed class VoidCond(IntNode c, VoidNode a, VoidNode b) : VoidNode
{
    public override void Eval(Frame f) { if (ConditionOperand.Eval(c, f, this)) a.Eval(f); else b.Eval(f); }
}
public sealed class NopVoid : VoidNode { public override void Eval(Frame f) { } }

public sealed class AndNode(IntNode a, IntNode b) : IntNode { public override long Eval(Frame f) => ConditionOperand.Eval(a, f, this) && ConditionOperand.Eval(b, f, this) ? 1 : 0; }
public sealed class OrNode(IntNode a, IntNode b) : IntNode { public override long Eval(Frame f) => ConditionOperand.Eval(a, f, this) || ConditionOperand.Eval(b, f, this) ? 1 : 0; }

/// <summary>A GNU statement expression: its own little instruction array, then the value.</summary>
public sealed class StmtBlock(Stmt[] body)
{
    public void Run(Frame f)
    {
        var pc = 0;
        var m = f.M;
        // Its statements are consumers that clear the taint register; the enclosing expression's is kept.
        var outer = m.Taint;
        while ((uint)pc < (uint)body.Length)
        {
            if (++m.Steps > m.MaxSteps) throw m.Error(RuntimeErrors.StepLimit, m.MaxSteps);
            pc = body[pc].Exec(f);
        }
        if (pc == Stmts.ReturnPc) throw new Compile.UnsupportedException("return from inside a statement expression");
        m.Taint = outer;
    }
}
public sealed class IntStmtExpr(StmtBlock b, IntNode v) : IntNode { public override long Eval(Frame f) { b.Run(f); return v.Eval(f); } }
public sealed class FltStmtExpr(StmtBlock b, FltNode v) : FltNode { public override double Eval(Frame f) { b.Run(f); return v.Eval(f); } }
public sealed class PtrStmtExpr(StmtBlock b, PtrNode v) : PtrNode { public override Pointer Eval(Frame f) { b.Run(f); return v.Eval(f); } }
public sealed class AggStmtExpr(StmtBlock b, AggNode v) : AggNode { public override Pointer Eval(Frame f) { b.Run(f); return v.Eval(f); } }
public sealed class VoidStmtExpr(StmtBlock b) : VoidNode { public override void Eval(Frame f) => b.Run(f); }

/// <summary>Runs an initializer (a list of stores) then yields the object's address (compound literals).</summary>
public sealed class InitThenAddr(VoidNode init, PtrNode addr) : AggNode
{
    public override Pointer Eval(Frame f) { init.Eval(f); return addr.Eval(f); }
}
public sealed class InitThenAddrPtr(VoidNode init, PtrNode addr) : PtrNode
{
    public override Pointer Eval(Frame f) { init.Eval(f); return addr.Eval(f); }
}

/// <summary>Zero an object's bytes (the part of an initializer it does not mention is zero, 6.7.9p21).</summary>
public sealed class ZeroFill(PtrNode addr, long size) : VoidNode
{
    public override void Eval(Frame f)
    {
        var p = addr.Eval(f);
        f.M.At = Loc;
        if (size > 0) f.M.Memory.Memset(p, 0, (ulong)size);
    }
}

public sealed class WriteBytes(PtrNode addr, byte[] bytes) : VoidNode
{
    public override void Eval(Frame f)
    {
        var p = addr.Eval(f);
        f.M.At = Loc;
        if (bytes.Length > 0) f.M.Memory.WriteBytes(p, bytes, f.M.CharTag);
    }
}
