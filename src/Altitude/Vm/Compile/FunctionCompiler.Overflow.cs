using Altitude.Sexpcode;
using Altitude.Vm.Execute;

namespace Altitude.Vm.Compile;

internal sealed partial class FunctionCompiler
{
    /// <summary>
    /// <c>__builtin_add_overflow(a, b, res)</c> and its sub/mul twins are type-generic: the front end
    /// declares them variadic, so only here, where the argument types are known, can they be compiled.
    /// Null when <paramref name="name"/> is not one of them.
    /// </summary>
    private IntNode? OverflowBuiltin(string name, Sexp call)
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
            if (a.Tag != SexpTag.Varargs) { args.Add(a); continue; }
            foreach (var v in a.Args) args.Add(v.AsSexp);
        }
        if (args.Count != 3) throw new UnsupportedException($"{name} with {args.Count} arguments");
        VmType left = TypeOf(args[0]), right = TypeOf(args[1]), pointer = TypeOf(args[2]);
        var result = pointer.Element;
        if (left.Kind != ValueKind.Int || right.Kind != ValueKind.Int || left.IsWide || right.IsWide
            || result is null || result.Kind != ValueKind.Int || result.IsWide || result.IsBool)
        {
            throw new UnsupportedException($"{name} on {left.Name}, {right.Name}, {pointer.Name}");
        }
        return new OverflowArith(op, Int(args[0]), left.Signed, Int(args[1]), right.Signed, Ptr(args[2]),
            (int)result.Size, result.Signed, _m.TagOf(result)) { Loc = Loc(call) };
    }
}
