using Altitude.Memory;

namespace Altitude.Vm.Execute;

/// <summary>
/// The GNU overflow builtins (op 0 add, 1 sub, 2 mul): the operands are taken as mathematical
/// integers (each by its own type's signedness), the exact result is stored into <c>*res</c> wrapped
/// to the result type, and the value is 1 when that wrapped value differs from the exact one. Never
/// undefined, so no check fires here; an invalid operand makes the stored value invalid, as a store does.
/// </summary>
public sealed class OverflowArith(int op, IntNode a, bool aSigned, IntNode b, bool bSigned, PtrNode result, int size, bool signed, TypeTag tag) : IntNode
{
    public override long Eval(Frame f)
    {
        var p = AddressOperand.Eval(result, f, this);
        var m = f.M;
        var outer = m.Taint;
        m.Taint = null;
        // Values of types narrower than 64 bits are already extended by their signedness; a 64-bit
        // unsigned operand holds its bits in the long.
        var av = a.Eval(f);
        var bv = b.Eval(f);
        Int128 x = aSigned ? av : (ulong)av, y = bSigned ? bv : (ulong)bv;
        var exact = op switch { 0 => x + y, 1 => x - y, _ => x * y };
        var bits = (ulong)exact;
        Int128 wrapped = size switch
        {
            1 => signed ? (sbyte)bits : (byte)bits,
            2 => signed ? (short)bits : (ushort)bits,
            4 => signed ? (int)bits : (uint)bits,
            _ => signed ? (long)bits : bits,
        };
        var taint = m.Taint;
        m.At = Loc;
        if (taint is null) m.Memory.WriteScalar(p, size, tag, bits);
        else m.Memory.WriteInvalid(p, size, bits, taint);
        if (outer is not null) m.Taint = outer;
        return wrapped != exact ? 1 : 0;
    }
}
