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
            case "nan": case "nanf": case "nanl": return new FltConst(double.NaN);
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

internal sealed partial class FunctionCompiler
{
    /// <summary>
    /// GNU __builtin_{add,sub,mul}_overflow(a, b, &amp;r): the operation computed exactly on the
    /// operands' own types, stored into r truncated to r's type, the result 1 when it did not fit.
    /// The front end leaves them as calls of a variadic function; they are compiled here.
    /// </summary>
    private Node? OverflowBuiltin(string name, Sexp call)
    {
        var op = name switch
        {
            "__builtin_add_overflow" => 0,
            "__builtin_sub_overflow" => 1,
            "__builtin_mul_overflow" => 2,
            _ => -1,
        };
        if (op < 0) return null;
        var args = new List<Sexp>();
        for (var i = 2; i < call.Args.Length; i++)
        {
            var a = call.Arg(i);
            if (a.Tag == SexpTag.Varargs) foreach (var v in a.Args) args.Add(v.AsSexp);
            else args.Add(a);
        }
        if (args.Count != 3) throw new UnsupportedException($"{name} with {args.Count} arguments");
        var ta = TypeOf(args[0]);
        var tb = TypeOf(args[1]);
        var target = TypeOf(args[2]).Element;
        if (ta.Kind != ValueKind.Int || tb.Kind != ValueKind.Int || target is null || target.Kind != ValueKind.Int)
            throw new UnsupportedException($"{name} on operands that are not integers");
        return new OverflowArithmetic(Int(args[0]), ta.Signed, Int(args[1]), tb.Signed, Ptr(args[2]), op,
            (int)target.Size, target.Signed && !target.IsBool, _m.TagOf(target));
    }
}

public sealed class OverflowArithmetic(IntNode a, bool aSigned, IntNode b, bool bSigned, PtrNode result, int op, int size, bool signed, Memory.TypeTag tag) : IntNode
{
    public override long Eval(Frame f)
    {
        var x = a.Eval(f);
        var y = b.Eval(f);
        var p = result.Eval(f);
        f.M.At = Loc;
        BigInteger bx = aSigned ? x : (ulong)x, by = bSigned ? y : (ulong)y;
        var exact = op switch { 0 => bx + by, 1 => bx - by, _ => bx * by };
        var bits = size * 8;
        var min = signed ? -(BigInteger.One << (bits - 1)) : BigInteger.Zero;
        var max = signed ? (BigInteger.One << (bits - 1)) - 1 : (BigInteger.One << bits) - 1;
        var wrapped = (ulong)(exact & ((BigInteger.One << 64) - 1));
        f.M.Memory.WriteScalar(p, size, tag, wrapped);
        return exact < min || exact > max ? 1 : 0;
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
