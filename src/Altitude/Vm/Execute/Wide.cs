using System.Buffers.Binary;
using Altitude.Memory;

namespace Altitude.Vm.Execute;

// GNU __int128 and unsigned __int128. Their values live in memory like aggregates (16 bytes, the
// x86-64 layout): an operand is the address of its bytes, and an operation writes its result into
// a buffer of its own — a hidden local of the running frame — and yields that buffer's address.
// So 128-bit values ride on the aggregate paths (assignment, arguments, returns) unchanged.

/// <summary>Reading and writing the 16 bytes of a 128-bit value.</summary>
public static class WideValues
{
    public static UInt128 Read(Frame f, AggNode operand, TypeTag tag, Node at)
    {
        var p = operand.Eval(f);
        var m = f.M;
        m.At = at.Loc;
        Span<byte> bytes = stackalloc byte[16];
        var invalid = m.Memory.ReadBytes(p, bytes, tag, at.Loc);
        if (invalid is not null) Validity.Loaded(m, invalid);
        return BinaryPrimitives.ReadUInt128LittleEndian(bytes);
    }

    public static Pointer Write(Frame f, PtrNode buffer, TypeTag tag, UInt128 value)
    {
        var p = buffer.Eval(f);
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt128LittleEndian(bytes, value);
        f.M.Memory.WriteBytes(p, bytes, tag);
        return p;
    }

    public static string Text(UInt128 v, bool signed) =>
        signed ? ((Int128)v).ToString(System.Globalization.CultureInfo.InvariantCulture) : v.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A binary operation on two 128-bit values (as bits; signed ops reinterpret).</summary>
public interface IWideOp { static abstract UInt128 Apply(UInt128 a, UInt128 b, Frame f); }

public sealed class WideBin<T>(AggNode a, AggNode b, TypeTag tag, PtrNode buffer) : AggNode where T : struct, IWideOp
{
    public override Pointer Eval(Frame f)
    {
        var x = WideValues.Read(f, a, tag, this);
        var y = WideValues.Read(f, b, tag, this);
        f.M.At = Loc;
        return WideValues.Write(f, buffer, tag, T.Apply(x, y, f));
    }
}

/// <summary>A shift of a 128-bit value by an ordinary integer count (the count keeps its own type, 6.5.7p3).</summary>
public sealed class WideShift(AggNode a, IntNode count, bool left, bool signed, TypeTag tag, PtrNode buffer) : AggNode
{
    public override Pointer Eval(Frame f)
    {
        var x = WideValues.Read(f, a, tag, this);
        var n = count.Eval(f);
        f.M.At = Loc;
        if (n < 0 || n >= 128) throw f.M.Error(RuntimeErrors.ShiftOutOfRange, $"shift count {n} is negative or not less than the width of a 128-bit type");
        UInt128 r;
        if (left)
        {
            if (signed && (Int128)x < 0) throw f.M.Error(RuntimeErrors.ShiftOutOfRange, $"left shift of negative value {WideValues.Text(x, true)}");
            r = x << (int)n;
            if (signed && (n > 0 && (x >> (127 - (int)n)) != 0)) throw f.M.Error(RuntimeErrors.ShiftOutOfRange, $"left shift of {WideValues.Text(x, true)} by {n} places cannot be represented in type '__int128'");
        }
        else r = signed ? (UInt128)((Int128)x >> (int)n) : x >> (int)n;
        return WideValues.Write(f, buffer, tag, r);
    }
}

public sealed class WideCompare(AggNode a, AggNode b, bool signed, int op, TypeTag tag) : IntNode
{
    // op: 0 ==, 1 !=, 2 <, 3 <=, 4 >, 5 >=
    public override long Eval(Frame f)
    {
        var x = WideValues.Read(f, a, tag, this);
        var y = WideValues.Read(f, b, tag, this);
        var c = signed ? ((Int128)x).CompareTo((Int128)y) : x.CompareTo(y);
        var r = op switch { 0 => c == 0, 1 => c != 0, 2 => c < 0, 3 => c <= 0, 4 => c > 0, _ => c >= 0 };
        return r ? 1 : 0;
    }
}

public sealed class WideUnary(AggNode a, int op, bool signed, TypeTag tag, PtrNode buffer) : AggNode
{
    // op: 0 negate, 1 bitwise not
    public override Pointer Eval(Frame f)
    {
        var x = WideValues.Read(f, a, tag, this);
        f.M.At = Loc;
        if (op == 0 && signed && x == (UInt128)Int128.MinValue)
            throw Checks.Overflow(f, $"negation of {WideValues.Text(x, true)} cannot be represented in type '__int128'");
        return WideValues.Write(f, buffer, tag, op == 0 ? (UInt128)0 - x : ~x);
    }
}

/// <summary>A 128-bit value as a truth value or converted to an ordinary integer (truncated, 6.3.1.3).</summary>
public sealed class WideToInt(AggNode a, int size, bool signed, bool toBool, TypeTag tag) : IntNode
{
    public override long Eval(Frame f)
    {
        var x = WideValues.Read(f, a, tag, this);
        if (toBool) return x != 0 ? 1 : 0;
        var v = (long)(ulong)x;
        return size switch { 1 => signed ? (sbyte)v : (byte)v, 2 => signed ? (short)v : (ushort)v, 4 => signed ? (int)v : (uint)v, _ => v };
    }
}

public sealed class WideToFlt(AggNode a, bool signed, bool toFloat, TypeTag tag) : FltNode
{
    public override double Eval(Frame f)
    {
        var x = WideValues.Read(f, a, tag, this);
        if (toFloat) return signed ? (float)(Int128)x : (float)x;
        return signed ? (double)(Int128)x : (double)x;
    }
}

/// <summary>An ordinary integer widened to 128 bits: sign-extended from a signed source, else zero-extended.</summary>
public sealed class IntToWide(IntNode a, bool fromUnsigned64, TypeTag tag, PtrNode buffer) : AggNode
{
    public override Pointer Eval(Frame f)
    {
        var v = a.Eval(f);
        f.M.At = Loc;
        return WideValues.Write(f, buffer, tag, fromUnsigned64 ? (UInt128)(ulong)v : (UInt128)(Int128)v);
    }
}

public sealed class FltToWide(FltNode a, bool signed, TypeTag tag, PtrNode buffer) : AggNode
{
    public override Pointer Eval(Frame f)
    {
        var d = Math.Truncate(a.Eval(f));
        f.M.At = Loc;
        var ok = signed ? d > -1.7014118346046923e38 - 1 && d < 1.7014118346046923e38 : d > -1 && d < 3.4028236692093846e38;
        if (double.IsNaN(d) || !ok) throw f.M.Error(RuntimeErrors.FloatConversionOutOfRange, $"{d} is outside the range of '{(signed ? "__int128" : "unsigned __int128")}'");
        return WideValues.Write(f, buffer, tag, signed ? (UInt128)(Int128)d : (UInt128)d);
    }
}

/// <summary>Between __int128 and unsigned __int128: the same bits, stored under the target's tag.</summary>
public sealed class WideToWide(AggNode a, TypeTag from, TypeTag to, PtrNode buffer) : AggNode
{
    public override Pointer Eval(Frame f) => WideValues.Write(f, buffer, to, WideValues.Read(f, a, from, this));
}

// ---- operations ----
public struct WideAdd : IWideOp { public static UInt128 Apply(UInt128 a, UInt128 b, Frame f) => a + b; }
public struct WideSub : IWideOp { public static UInt128 Apply(UInt128 a, UInt128 b, Frame f) => a - b; }
public struct WideMul : IWideOp { public static UInt128 Apply(UInt128 a, UInt128 b, Frame f) => a * b; }
public struct WideAnd : IWideOp { public static UInt128 Apply(UInt128 a, UInt128 b, Frame f) => a & b; }
public struct WideOr : IWideOp { public static UInt128 Apply(UInt128 a, UInt128 b, Frame f) => a | b; }
public struct WideXor : IWideOp { public static UInt128 Apply(UInt128 a, UInt128 b, Frame f) => a ^ b; }
public struct WideDivU : IWideOp
{
    public static UInt128 Apply(UInt128 a, UInt128 b, Frame f) => b == 0 ? throw f.M.Error(RuntimeErrors.DivisionByZero, "division by zero") : a / b;
}
public struct WideRemU : IWideOp
{
    public static UInt128 Apply(UInt128 a, UInt128 b, Frame f) => b == 0 ? throw f.M.Error(RuntimeErrors.DivisionByZero, "remainder by zero") : a % b;
}
public struct WideAddS : IWideOp
{
    public static UInt128 Apply(UInt128 a, UInt128 b, Frame f)
    {
        Int128 x = (Int128)a, y = (Int128)b, r = x + y;
        if ((x >= 0) == (y >= 0) && (r >= 0) != (x >= 0)) throw Checks.Overflow(f, $"{x} + {y} cannot be represented in type '__int128'");
        return (UInt128)r;
    }
}
public struct WideSubS : IWideOp
{
    public static UInt128 Apply(UInt128 a, UInt128 b, Frame f)
    {
        Int128 x = (Int128)a, y = (Int128)b, r = x - y;
        if ((x >= 0) != (y >= 0) && (r >= 0) != (x >= 0)) throw Checks.Overflow(f, $"{x} - {y} cannot be represented in type '__int128'");
        return (UInt128)r;
    }
}
public struct WideMulS : IWideOp
{
    public static UInt128 Apply(UInt128 a, UInt128 b, Frame f)
    {
        Int128 x = (Int128)a, y = (Int128)b;
        try { return (UInt128)checked(x * y); }
        catch (OverflowException) { throw Checks.Overflow(f, $"{x} * {y} cannot be represented in type '__int128'"); }
    }
}
public struct WideDivS : IWideOp
{
    public static UInt128 Apply(UInt128 a, UInt128 b, Frame f)
    {
        Int128 x = (Int128)a, y = (Int128)b;
        if (y == 0) throw f.M.Error(RuntimeErrors.DivisionByZero, "division by zero");
        if (x == Int128.MinValue && y == -1) throw Checks.Overflow(f, $"{x} / -1 cannot be represented in type '__int128'");
        return (UInt128)(x / y);
    }
}
public struct WideRemS : IWideOp
{
    public static UInt128 Apply(UInt128 a, UInt128 b, Frame f)
    {
        Int128 x = (Int128)a, y = (Int128)b;
        if (y == 0) throw f.M.Error(RuntimeErrors.DivisionByZero, "remainder by zero");
        if (x == Int128.MinValue && y == -1) throw Checks.Overflow(f, $"{x} % -1 cannot be represented in type '__int128'");
        return (UInt128)(x % y);
    }
}
