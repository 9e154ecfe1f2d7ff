using Altitude.Memory;

namespace Altitude.Vm.Execute;

/// <summary>A binary integer operation on normalised values; the struct type parameter makes the JIT specialise each.</summary>
public interface IIntOp { static abstract long Apply(long a, long b, Frame f); }
public interface IFltOp { static abstract double Apply(double a, double b); }
public interface IFltCmp { static abstract bool Apply(double a, double b); }

public sealed class IntBin<T>(IntNode a, IntNode b) : IntNode where T : struct, IIntOp
{
    public override long Eval(Frame f)
    {
        var x = a.Eval(f);
        var y = b.Eval(f);
        f.M.At = Loc;
        return T.Apply(x, y, f);
    }
}

public sealed class FltBin<T>(FltNode a, FltNode b) : FltNode where T : struct, IFltOp
{
    public override double Eval(Frame f) { var x = a.Eval(f); return T.Apply(x, b.Eval(f)); }
}

public sealed class FltCompare<T>(FltNode a, FltNode b) : IntNode where T : struct, IFltCmp
{
    public override long Eval(Frame f) { var x = a.Eval(f); return T.Apply(x, b.Eval(f)) ? 1 : 0; }
}

public static class Checks
{
    public static GuestError Overflow(Frame f, string what) => f.M.Error(RuntimeErrors.SignedOverflow, what);

    /// <summary>Throws the overflow of "a op b"; typed as returning long so it fits in a conditional expression. Kept out of line so the operations inline.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    public static long BinaryOverflow(Frame f, long a, string op, long b, string type) =>
        throw Overflow(f, $"{a} {op} {b} cannot be represented in type '{type}'");

    /// <summary>A library function read invalid bytes as a string: a suspicious use (type mismatches aside, see <see cref="Validity.Loaded"/>).</summary>
    public static void Invalid(Machine m, InvalidReason reason)
    {
        if (reason.Kind is InvalidKind.TypeMismatch or InvalidKind.MixedStores) return;
        throw Validity.Use(m, m.At, "the string this library function reads", reason);
    }
}

// ---- signed 32 ----
public struct AddS32 : IIntOp { public static long Apply(long a, long b, Frame f) { var r = a + b; return r == (int)r ? r : Checks.BinaryOverflow(f, a, "+", b, "int"); } }
public struct SubS32 : IIntOp { public static long Apply(long a, long b, Frame f) { var r = a - b; return r == (int)r ? r : Checks.BinaryOverflow(f, a, "-", b, "int"); } }
public struct MulS32 : IIntOp { public static long Apply(long a, long b, Frame f) { var r = a * b; return r == (int)r ? r : Checks.BinaryOverflow(f, a, "*", b, "int"); } }
public struct DivS32 : IIntOp
{
    public static long Apply(long a, long b, Frame f)
    {
        if (b == 0) throw f.M.Error(RuntimeErrors.DivisionByZero, "division by zero");
        if (a == int.MinValue && b == -1) throw Checks.Overflow(f, $"{a} / -1 cannot be represented in type 'int'");
        return a / b;
    }
}
public struct RemS32 : IIntOp
{
    public static long Apply(long a, long b, Frame f)
    {
        if (b == 0) throw f.M.Error(RuntimeErrors.DivisionByZero, "remainder by zero");
        if (a == int.MinValue && b == -1) throw Checks.Overflow(f, $"{a} % -1 cannot be represented in type 'int'");
        return a % b;
    }
}
public struct ShlS32 : IIntOp
{
    public static long Apply(long a, long b, Frame f)
    {
        Shifts.Check(f, b, 32);
        if (a < 0) throw f.M.Error(RuntimeErrors.ShiftOutOfRange, $"left shift of negative value {a}");
        var r = a << (int)b;
        if (r > int.MaxValue) throw f.M.Error(RuntimeErrors.ShiftOutOfRange, $"left shift of {a} by {b} places cannot be represented in type 'int'");
        return r;
    }
}
public struct ShrS : IIntOp { public static long Apply(long a, long b, Frame f) { Shifts.Check(f, b, 32); return a >> (int)b; } }
public struct ShrS64 : IIntOp { public static long Apply(long a, long b, Frame f) { Shifts.Check(f, b, 64); return a >> (int)b; } }

// ---- unsigned 32 (values zero-extended) ----
public struct AddU32 : IIntOp { public static long Apply(long a, long b, Frame f) => (uint)(a + b); }
public struct SubU32 : IIntOp { public static long Apply(long a, long b, Frame f) => (uint)(a - b); }
public struct MulU32 : IIntOp { public static long Apply(long a, long b, Frame f) => (uint)((ulong)a * (ulong)b); }
public struct DivU : IIntOp { public static long Apply(long a, long b, Frame f) => b == 0 ? throw f.M.Error(RuntimeErrors.DivisionByZero, "division by zero") : (long)((ulong)a / (ulong)b); }
public struct RemU : IIntOp { public static long Apply(long a, long b, Frame f) => b == 0 ? throw f.M.Error(RuntimeErrors.DivisionByZero, "remainder by zero") : (long)((ulong)a % (ulong)b); }
public struct ShlU32 : IIntOp { public static long Apply(long a, long b, Frame f) { Shifts.Check(f, b, 32); return (uint)(a << (int)b); } }
public struct ShrU32 : IIntOp { public static long Apply(long a, long b, Frame f) { Shifts.Check(f, b, 32); return (long)((ulong)a >> (int)b); } }

// ---- signed 64 ----
// Overflow is tested on the wrapped result (no checked arithmetic: its exception costs on every op's frame).
public struct AddS64 : IIntOp { public static long Apply(long a, long b, Frame f) { var r = unchecked(a + b); return ((a ^ r) & (b ^ r)) >= 0 ? r : Checks.BinaryOverflow(f, a, "+", b, "long"); } }
public struct SubS64 : IIntOp { public static long Apply(long a, long b, Frame f) { var r = unchecked(a - b); return ((a ^ b) & (a ^ r)) >= 0 ? r : Checks.BinaryOverflow(f, a, "-", b, "long"); } }
public struct MulS64 : IIntOp { public static long Apply(long a, long b, Frame f) { var high = Math.BigMul(a, b, out var low); return high == (low >> 63) ? low : Checks.BinaryOverflow(f, a, "*", b, "long"); } }
public struct DivS64 : IIntOp
{
    public static long Apply(long a, long b, Frame f)
    {
        if (b == 0) throw f.M.Error(RuntimeErrors.DivisionByZero, "division by zero");
        if (a == long.MinValue && b == -1) throw Checks.Overflow(f, $"{a} / -1 cannot be represented in type 'long'");
        return a / b;
    }
}
public struct RemS64 : IIntOp
{
    public static long Apply(long a, long b, Frame f)
    {
        if (b == 0) throw f.M.Error(RuntimeErrors.DivisionByZero, "remainder by zero");
        if (a == long.MinValue && b == -1) throw Checks.Overflow(f, $"{a} % -1 cannot be represented in type 'long'");
        return a % b;
    }
}
public struct ShlS64 : IIntOp
{
    public static long Apply(long a, long b, Frame f)
    {
        Shifts.Check(f, b, 64);
        if (a < 0) throw f.M.Error(RuntimeErrors.ShiftOutOfRange, $"left shift of negative value {a}");
        var r = a << (int)b;
        if (r < 0 || (r >> (int)b) != a) throw f.M.Error(RuntimeErrors.ShiftOutOfRange, $"left shift of {a} by {b} places cannot be represented in type 'long'");
        return r;
    }
}

// ---- unsigned 64 ----
public struct AddU64 : IIntOp { public static long Apply(long a, long b, Frame f) => unchecked(a + b); }
public struct SubU64 : IIntOp { public static long Apply(long a, long b, Frame f) => unchecked(a - b); }
public struct MulU64 : IIntOp { public static long Apply(long a, long b, Frame f) => unchecked(a * b); }
public struct ShlU64 : IIntOp { public static long Apply(long a, long b, Frame f) { Shifts.Check(f, b, 64); return a << (int)b; } }
public struct ShrU64 : IIntOp { public static long Apply(long a, long b, Frame f) { Shifts.Check(f, b, 64); return (long)((ulong)a >> (int)b); } }

// ---- width-independent ----
public struct AndOp : IIntOp { public static long Apply(long a, long b, Frame f) => a & b; }
public struct OrOp : IIntOp { public static long Apply(long a, long b, Frame f) => a | b; }
public struct XorOp : IIntOp { public static long Apply(long a, long b, Frame f) => a ^ b; }
public struct EqOp : IIntOp { public static long Apply(long a, long b, Frame f) => a == b ? 1 : 0; }
public struct NeOp : IIntOp { public static long Apply(long a, long b, Frame f) => a != b ? 1 : 0; }
public struct LtS : IIntOp { public static long Apply(long a, long b, Frame f) => a < b ? 1 : 0; }
public struct LeS : IIntOp { public static long Apply(long a, long b, Frame f) => a <= b ? 1 : 0; }
public struct GtS : IIntOp { public static long Apply(long a, long b, Frame f) => a > b ? 1 : 0; }
public struct GeS : IIntOp { public static long Apply(long a, long b, Frame f) => a >= b ? 1 : 0; }
public struct LtU : IIntOp { public static long Apply(long a, long b, Frame f) => (ulong)a < (ulong)b ? 1 : 0; }
public struct LeU : IIntOp { public static long Apply(long a, long b, Frame f) => (ulong)a <= (ulong)b ? 1 : 0; }
public struct GtU : IIntOp { public static long Apply(long a, long b, Frame f) => (ulong)a > (ulong)b ? 1 : 0; }
public struct GeU : IIntOp { public static long Apply(long a, long b, Frame f) => (ulong)a >= (ulong)b ? 1 : 0; }

public static class Shifts
{
    public static void Check(Frame f, long count, int width)
    {
        if ((ulong)count >= (ulong)width) Fail(f, count, width);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void Fail(Frame f, long count, int width) =>
        throw f.M.Error(RuntimeErrors.ShiftOutOfRange, count < 0 ? $"shift by negative count {count}" : $"shift count {count} is too large for a {width}-bit type");
}

// ---- floating ----
public struct AddD : IFltOp { public static double Apply(double a, double b) => a + b; }
public struct SubD : IFltOp { public static double Apply(double a, double b) => a - b; }
public struct MulD : IFltOp { public static double Apply(double a, double b) => a * b; }
public struct DivD : IFltOp { public static double Apply(double a, double b) => a / b; }
public struct AddF : IFltOp { public static double Apply(double a, double b) => (float)a + (float)b; }
public struct SubF : IFltOp { public static double Apply(double a, double b) => (float)a - (float)b; }
public struct MulF : IFltOp { public static double Apply(double a, double b) => (float)a * (float)b; }
public struct DivF : IFltOp { public static double Apply(double a, double b) => (float)a / (float)b; }
public struct FEq : IFltCmp { public static bool Apply(double a, double b) => a == b; }
public struct FNe : IFltCmp { public static bool Apply(double a, double b) => a != b; }
public struct FLt : IFltCmp { public static bool Apply(double a, double b) => a < b; }
public struct FLe : IFltCmp { public static bool Apply(double a, double b) => a <= b; }
public struct FGt : IFltCmp { public static bool Apply(double a, double b) => a > b; }
public struct FGe : IFltCmp { public static bool Apply(double a, double b) => a >= b; }

// ---- unary and conversions ----
public sealed class NegInt(IntNode a, int width, bool signed) : IntNode
{
    public override long Eval(Frame f)
    {
        var v = a.Eval(f);
        if (!signed) return width == 32 ? (uint)-v : -v;
        if ((width == 32 && v == int.MinValue) || (width == 64 && v == long.MinValue))
        {
            f.M.At = Loc;
            throw Checks.Overflow(f, $"negation of {v} cannot be represented in type '{(width == 32 ? "int" : "long")}'");
        }
        return -v;
    }
}
public sealed class BitNotInt(IntNode a, bool zeroExtend32) : IntNode { public override long Eval(Frame f) => zeroExtend32 ? (uint)~a.Eval(f) : ~a.Eval(f); }
public sealed class NotInt(IntNode a) : IntNode { public override long Eval(Frame f) => a.Eval(f) == 0 ? 1 : 0; }
public sealed class NotFlt(FltNode a) : IntNode { public override long Eval(Frame f) => a.Eval(f) == 0 ? 1 : 0; }
public sealed class NotPtr(PtrNode a) : IntNode { public override long Eval(Frame f) => a.Eval(f).Address == 0 ? 1 : 0; }
public sealed class TruthFlt(FltNode a) : IntNode { public override long Eval(Frame f) => a.Eval(f) != 0 ? 1 : 0; }
public sealed class TruthPtr(PtrNode a) : IntNode { public override long Eval(Frame f) => a.Eval(f).Address != 0 ? 1 : 0; }
public sealed class NegFlt(FltNode a) : FltNode { public override double Eval(Frame f) => -a.Eval(f); }

public sealed class PtrEq(PtrNode a, PtrNode b, bool equal) : IntNode
{
    public override long Eval(Frame f) { var x = a.Eval(f); return (x.Address == b.Eval(f).Address) == equal ? 1 : 0; }
}
public sealed class PtrRel(PtrNode a, PtrNode b, int op) : IntNode
{
    // op: 0 lt, 1 le, 2 gt, 3 ge
    public override long Eval(Frame f)
    {
        var x = a.Eval(f);
        var y = b.Eval(f);
        f.M.At = Loc;
        var c = MemorySpace.CompareRelational(x, y);
        return (op switch { 0 => c < 0, 1 => c <= 0, 2 => c > 0, _ => c >= 0 }) ? 1 : 0;
    }
}

/// <summary>Integer to integer conversion: truncate to the width and re-extend (C17 6.3.1.3, two's complement).</summary>
public sealed class IntToInt(IntNode a, int size, bool signed, bool toBool) : IntNode
{
    public override long Eval(Frame f)
    {
        var v = a.Eval(f);
        if (toBool) return v != 0 ? 1 : 0;
        return size switch
        {
            1 => signed ? (sbyte)v : (byte)v,
            2 => signed ? (short)v : (ushort)v,
            4 => signed ? (int)v : (uint)v,
            _ => v,
        };
    }
}

public sealed class IntToFlt(IntNode a, bool fromUnsigned64, bool toFloat) : FltNode
{
    public override double Eval(Frame f)
    {
        var v = a.Eval(f);
        if (toFloat) return fromUnsigned64 ? (float)(ulong)v : (float)v;
        return fromUnsigned64 ? (double)(ulong)v : v;
    }
}

public sealed class FltToFlt(FltNode a) : FltNode { public override double Eval(Frame f) => (float)a.Eval(f); }

public sealed class FltToInt(FltNode a, int size, bool signed, bool toBool) : IntNode
{
    public override long Eval(Frame f)
    {
        var d = a.Eval(f);
        if (toBool) return d != 0 ? 1 : 0;
        var t = Math.Truncate(d);
        double lo, hi; // exclusive bounds
        if (signed)
        {
            lo = -Math.Pow(2, size * 8 - 1) - 1;
            hi = Math.Pow(2, size * 8 - 1);
        }
        else
        {
            lo = -1;
            hi = Math.Pow(2, size * 8);
        }
        if (!(t > lo && t < hi))
        {
            f.M.At = Loc;
            throw f.M.Error(RuntimeErrors.FloatConversionOutOfRange, $"value {d.ToString(System.Globalization.CultureInfo.InvariantCulture)} is outside the range of the {(signed ? "" : "un")}signed {size * 8}-bit target type");
        }
        return signed ? (long)t : (long)(ulong)t;
    }
}

public sealed class PtrToInt(PtrNode a, int size) : IntNode
{
    public override long Eval(Frame f)
    {
        var v = (long)MemorySpace.ToInteger(a.Eval(f));
        return size switch { 1 => (sbyte)v, 2 => (short)v, 4 => (int)v, _ => v };
    }
}

public sealed class IntToPtr(IntNode a) : PtrNode
{
    public override Pointer Eval(Frame f)
    {
        var v = a.Eval(f);
        return v == 0 ? Pointer.Null : f.M.Memory.FromInteger((ulong)v);
    }
}

/// <summary>An array subscript checked against the array's own length (C17 6.5.6p8, J.2).</summary>
public sealed class IndexCheck(IntNode index, long length, bool allowEnd, string arrayType) : IntNode
{
    public override long Eval(Frame f)
    {
        var i = index.Eval(f);
        if ((ulong)i >= (ulong)length && !(allowEnd && i == length))
        {
            f.M.At = Loc;
            throw f.M.Error(RuntimeErrors.IndexOutOfRange, i, arrayType, length);
        }
        return i;
    }
}
