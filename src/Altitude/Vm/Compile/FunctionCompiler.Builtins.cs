using System.Numerics;
using Altitude.Sexpcode;
using Altitude.Vm.Execute;

namespace Altitude.Vm.Compile;

internal sealed partial class FunctionCompiler
{
    private Node Builtin(Sexp e, VmType t)
    {
        var name = e.StringArg(1);
        IntNode IntArg(int i) => Int(e.Arg(2 + i));
        switch (name)
        {
            case "expect": case "expect_with_probability": return Any(e.Arg(2));
            case "constant_p": return new IntConst(0);
            case "huge_val": case "huge_valf": case "huge_vall": case "inf": case "inff": case "infl":
                return new FltConst(double.PositiveInfinity);
            // The positive quiet NaN, as gcc builds it (.NET's double.NaN has the sign bit set).
            case "nan": case "nanf": case "nanl": return new FltConst(BitConverter.Int64BitsToDouble(0x7FF8_0000_0000_0000));
            case "trap": case "unreachable": case "abort":
                return new TrapNode(name);
            case "clz": case "clzl": case "clzll":
                return new IntUnary(IntArg(0), name == "clz" ? 32 : 64, 0);
            case "ctz": case "ctzl": case "ctzll":
                return new IntUnary(IntArg(0), name == "ctz" ? 32 : 64, 1);
            case "popcount": case "popcountl": case "popcountll":
                return new IntUnary(IntArg(0), 64, 2);
            case "bswap16": return new IntUnary(IntArg(0), 16, 3);
            case "bswap32": return new IntUnary(IntArg(0), 32, 3);
            case "bswap64": return new IntUnary(IntArg(0), 64, 3);
            default:
                throw new UnsupportedException($"builtin '__builtin_{name}'");
        }
    }
}

public sealed class TrapNode(string name) : VoidNode
{
    public override void Eval(Frame f)
    {
        f.M.At = Loc;
        throw f.M.Error(RuntimeErrors.Unsupported, $"__builtin_{name} reached");
    }
}

/// <summary>Bit-counting builtins: 0 clz, 1 ctz, 2 popcount, 3 bswap.</summary>
public sealed class IntUnary(IntNode a, int width, int op) : IntNode
{
    public override long Eval(Frame f)
    {
        var v = (ulong)a.Eval(f);
        if (width == 32) v &= 0xFFFF_FFFF;
        if (width == 16) v &= 0xFFFF;
        switch (op)
        {
            case 0:
            case 1:
                if (v == 0)
                {
                    f.M.At = Loc;
                    throw f.M.Error(RuntimeErrors.LibraryMisuse, $"__builtin_{(op == 0 ? "clz" : "ctz")} of zero is undefined");
                }
                return op == 0 ? BitOperations.LeadingZeroCount(v) - (64 - width) : BitOperations.TrailingZeroCount(v);
            case 2: return BitOperations.PopCount(v);
            default:
                return width switch
                {
                    16 => (long)(ushort)((v >> 8) | (v << 8)),
                    32 => (long)System.Buffers.Binary.BinaryPrimitives.ReverseEndianness((uint)v),
                    _ => (long)System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(v),
                };
        }
    }
}
