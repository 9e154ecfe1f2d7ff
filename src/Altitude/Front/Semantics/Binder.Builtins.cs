using System.Collections.Immutable;
using Altitude.Front.Parsing;
using Altitude.Text;
using Altitude.Types;
using Q = Altitude.Types.TypeQualifiers;

namespace Altitude.Front.Semantics;

/// <summary>
/// GNU builtins. Those with special semantics (va_*, expect, constant_p, choose_expr, ...) are
/// analysed here; the library-like ones (<c>__builtin_memcpy</c>, <c>__builtin_clz</c>, ...) are
/// implicitly declared functions with their gcc types, called like any other function.
/// </summary>
internal sealed partial class Binder
{
    private static readonly CType CharPtr = new PointerType(BasicType.Char);
    private static readonly CType ConstCharPtr = new PointerType(BasicType.Char.WithQualifiers(Q.Const));
    private static readonly CType VoidPtr = new PointerType(BasicType.Void);
    private static readonly CType ConstVoidPtr = new PointerType(BasicType.Void.WithQualifiers(Q.Const));

    private static FunctionType Fn(CType ret, params CType[] ps) =>
        new(ret, [.. ps.Select(p => new ParameterType(p, null))], false, true);

    private static FunctionType VarFn(CType ret, params CType[] ps) =>
        new(ret, [.. ps.Select(p => new ParameterType(p, null))], true, true);

    /// <summary>Library-like builtins: name without the <c>__builtin_</c> prefix → type.</summary>
    private static readonly Dictionary<string, FunctionType> LibraryBuiltins = BuildLibraryBuiltins();

    private static Dictionary<string, FunctionType> BuildLibraryBuiltins()
    {
        var size = TypeRules.SizeT;
        var d = new Dictionary<string, FunctionType>(StringComparer.Ordinal)
        {
            ["memcpy"] = Fn(VoidPtr, VoidPtr, ConstVoidPtr, size),
            ["memmove"] = Fn(VoidPtr, VoidPtr, ConstVoidPtr, size),
            ["memset"] = Fn(VoidPtr, VoidPtr, BasicType.Int, size),
            ["memcmp"] = Fn(BasicType.Int, ConstVoidPtr, ConstVoidPtr, size),
            ["memchr"] = Fn(VoidPtr, ConstVoidPtr, BasicType.Int, size),
            ["strlen"] = Fn(size, ConstCharPtr),
            ["strcmp"] = Fn(BasicType.Int, ConstCharPtr, ConstCharPtr),
            ["strncmp"] = Fn(BasicType.Int, ConstCharPtr, ConstCharPtr, size),
            ["strcpy"] = Fn(CharPtr, CharPtr, ConstCharPtr),
            ["strncpy"] = Fn(CharPtr, CharPtr, ConstCharPtr, size),
            ["strcat"] = Fn(CharPtr, CharPtr, ConstCharPtr),
            ["strchr"] = Fn(CharPtr, ConstCharPtr, BasicType.Int),
            ["strrchr"] = Fn(CharPtr, ConstCharPtr, BasicType.Int),
            ["strstr"] = Fn(CharPtr, ConstCharPtr, ConstCharPtr),
            ["strdup"] = Fn(CharPtr, ConstCharPtr),
            ["malloc"] = Fn(VoidPtr, size),
            ["calloc"] = Fn(VoidPtr, size, size),
            ["realloc"] = Fn(VoidPtr, VoidPtr, size),
            ["free"] = Fn(BasicType.Void, VoidPtr),
            ["abort"] = new FunctionType(BasicType.Void, [], false, true) { IsNoReturn = true },
            ["exit"] = new FunctionType(BasicType.Void, [new ParameterType(BasicType.Int, null)], false, true) { IsNoReturn = true },
            ["printf"] = VarFn(BasicType.Int, ConstCharPtr),
            ["sprintf"] = VarFn(BasicType.Int, CharPtr, ConstCharPtr),
            ["snprintf"] = VarFn(BasicType.Int, CharPtr, size, ConstCharPtr),
            ["puts"] = Fn(BasicType.Int, ConstCharPtr),
            ["putchar"] = Fn(BasicType.Int, BasicType.Int),
            ["abs"] = Fn(BasicType.Int, BasicType.Int),
            ["labs"] = Fn(BasicType.Long, BasicType.Long),
            ["llabs"] = Fn(BasicType.LongLong, BasicType.LongLong),
            ["fabs"] = Fn(BasicType.Double, BasicType.Double),
            ["fabsf"] = Fn(BasicType.Float, BasicType.Float),
            ["fabsl"] = Fn(BasicType.LongDouble, BasicType.LongDouble),
            ["sqrt"] = Fn(BasicType.Double, BasicType.Double),
            ["sqrtf"] = Fn(BasicType.Float, BasicType.Float),
            ["copysign"] = Fn(BasicType.Double, BasicType.Double, BasicType.Double),
            ["copysignf"] = Fn(BasicType.Float, BasicType.Float, BasicType.Float),
            ["copysignl"] = Fn(BasicType.LongDouble, BasicType.LongDouble, BasicType.LongDouble),
            ["inf"] = Fn(BasicType.Double),
            ["inff"] = Fn(BasicType.Float),
            ["infl"] = Fn(BasicType.LongDouble),
            ["huge_val"] = Fn(BasicType.Double),
            ["huge_valf"] = Fn(BasicType.Float),
            ["huge_vall"] = Fn(BasicType.LongDouble),
            ["nan"] = Fn(BasicType.Double, ConstCharPtr),
            ["nanf"] = Fn(BasicType.Float, ConstCharPtr),
            ["nanl"] = Fn(BasicType.LongDouble, ConstCharPtr),
            ["clz"] = Fn(BasicType.Int, BasicType.UInt),
            ["clzl"] = Fn(BasicType.Int, BasicType.ULong),
            ["clzll"] = Fn(BasicType.Int, BasicType.ULongLong),
            ["ctz"] = Fn(BasicType.Int, BasicType.UInt),
            ["ctzl"] = Fn(BasicType.Int, BasicType.ULong),
            ["ctzll"] = Fn(BasicType.Int, BasicType.ULongLong),
            ["popcount"] = Fn(BasicType.Int, BasicType.UInt),
            ["popcountl"] = Fn(BasicType.Int, BasicType.ULong),
            ["popcountll"] = Fn(BasicType.Int, BasicType.ULongLong),
            ["parity"] = Fn(BasicType.Int, BasicType.UInt),
            ["parityl"] = Fn(BasicType.Int, BasicType.ULong),
            ["parityll"] = Fn(BasicType.Int, BasicType.ULongLong),
            ["ffs"] = Fn(BasicType.Int, BasicType.Int),
            ["ffsl"] = Fn(BasicType.Int, BasicType.Long),
            ["ffsll"] = Fn(BasicType.Int, BasicType.LongLong),
            ["clrsb"] = Fn(BasicType.Int, BasicType.Int),
            ["bswap16"] = Fn(BasicType.UShort, BasicType.UShort),
            ["bswap32"] = Fn(BasicType.UInt, BasicType.UInt),
            ["bswap64"] = Fn(BasicType.ULong, BasicType.ULong),
            ["object_size"] = Fn(size, ConstVoidPtr, BasicType.Int),
            ["prefetch"] = VarFn(BasicType.Void, ConstVoidPtr),
            ["assume_aligned"] = VarFn(VoidPtr, ConstVoidPtr, size),
            // Type-generic ones: any arguments, default promotions.
            ["isnan"] = VarFn(BasicType.Int),
            ["isinf"] = VarFn(BasicType.Int),
            ["isinf_sign"] = VarFn(BasicType.Int),
            ["isfinite"] = VarFn(BasicType.Int),
            ["isnormal"] = VarFn(BasicType.Int),
            ["signbit"] = VarFn(BasicType.Int),
            ["fpclassify"] = VarFn(BasicType.Int),
            ["isgreater"] = VarFn(BasicType.Int),
            ["isgreaterequal"] = VarFn(BasicType.Int),
            ["isless"] = VarFn(BasicType.Int),
            ["islessequal"] = VarFn(BasicType.Int),
            ["islessgreater"] = VarFn(BasicType.Int),
            ["isunordered"] = VarFn(BasicType.Int),
            ["add_overflow"] = VarFn(BasicType.Bool),
            ["sub_overflow"] = VarFn(BasicType.Bool),
            ["mul_overflow"] = VarFn(BasicType.Bool),
        };
        return d;
    }

    /// <summary>Declares a library-like builtin at file scope on first use; null when the name is not one.</summary>
    private Symbol? TryDeclareBuiltin(string name)
    {
        if (!name.StartsWith("__builtin_", StringComparison.Ordinal)) return null;
        if (!LibraryBuiltins.TryGetValue(name["__builtin_".Length..], out var type)) return null;
        if (_fileScope.LookupLocal(name) is { } existing) return existing;
        var s = NewSymbol(name, SymbolKind.Function, type, SourceLocation.None);
        s.Linkage = Linkage.External;
        s.Storage = StorageDuration.Static;
        s.IsBuiltin = true;
        _fileScope.Declare(name, s);
        _linked.TryAdd(name, s);
        return s;
    }

    /// <summary>Builtins with special semantics; null when <paramref name="name"/> is not one of them.</summary>
    private BoundExpression? BindBuiltinCall(CallExpressionSyntax c, string name)
    {
        if (name.StartsWith("__atomic_", StringComparison.Ordinal) || name.StartsWith("__sync_", StringComparison.Ordinal))
            return BindAtomic(c, name);
        switch (name)
        {
            case "__builtin_va_start":
            case "__builtin_va_end":
            case "__builtin_va_copy":
            {
                int want = name == "__builtin_va_end" ? 1 : 2;
                if (c.Arguments.Count != want && !(name == "__builtin_va_start" && c.Arguments.Count == 1))
                    return BuiltinArgs(c, name);
                var args = ImmutableArray.CreateBuilder<BoundExpression>();
                foreach (var a in c.Arguments) args.Add(BindExpression(a));
                if (args.Any(a => a is BoundErrorExpression)) return new BoundErrorExpression(c.Location);
                if (!IsVaList(args[0].Type) || (name == "__builtin_va_copy" && !IsVaList(args[1].Type)))
                {
                    Report(SemanticErrors.VaArgNotVaList, c.Location, name);
                    return new BoundErrorExpression(c.Location);
                }
                if (name == "__builtin_va_start" && _function is { Type.IsVariadic: false })
                    Report(SemanticErrors.VaStartFixedArguments, c.Location);
                for (int i = 0; i < args.Count; i++) args[i] = RValue(args[i]);
                var kind = name == "__builtin_va_start" ? BuiltinKind.VaStart : name == "__builtin_va_end" ? BuiltinKind.VaEnd : BuiltinKind.VaCopy;
                return new BoundBuiltinCall(c.Location, BasicType.Void, kind, args.ToImmutable());
            }
            case "__builtin_expect" or "__builtin_expect_with_probability":
            {
                if (c.Arguments.Count != (name == "__builtin_expect" ? 2 : 3)) return BuiltinArgs(c, name);
                var e = BindValue(c.Arguments[0]);
                var v = BindValue(c.Arguments[1]);
                if (e is BoundErrorExpression || v is BoundErrorExpression) return new BoundErrorExpression(c.Location);
                if (!e.Type.IsScalar || !v.Type.IsScalar) { Report(SemanticErrors.IncompatibleTypes, c.Location, "passing argument 1 of '" + name + "' as", "long int", e.Type.ToString()); return new BoundErrorExpression(c.Location); }
                var ce = Convert(e, BasicType.Long, false);
                return new BoundBuiltinCall(c.Location, BasicType.Long, BuiltinKind.Expect, [ce, Convert(v, BasicType.Long, false)]) { Constant = ce.Constant, IsIntegerConstant = ce.IsIntegerConstant };
            }
            case "__builtin_unreachable" or "__builtin_trap":
                if (c.Arguments.Count != 0) return BuiltinArgs(c, name);
                return new BoundBuiltinCall(c.Location, BasicType.Void, name == "__builtin_trap" ? BuiltinKind.Trap : BuiltinKind.Unreachable, []);
            case "__builtin_constant_p":
            {
                if (c.Arguments.Count != 1) return BuiltinArgs(c, name);
                var e = BindValue(c.Arguments[0]);
                int v = e.Constant is { } k && (k.IsInteger || k.IsFloat) ? 1 : 0;
                return new BoundBuiltinCall(c.Location, BasicType.Int, BuiltinKind.ConstantP, []) { Constant = ConstantValue.OfInteger(v), IsIntegerConstant = true };
            }
            case "__builtin_choose_expr":
            {
                if (c.Arguments.Count != 3) return BuiltinArgs(c, name);
                var cond = BindValue(c.Arguments[0]);
                var value = RequireIntegerConstant(cond, c.Arguments[0].Location, "first argument to '__builtin_choose_expr'");
                return BindExpression(value is { } v && v != 0 ? c.Arguments[1] : c.Arguments[2]);
            }
            case "__builtin_alloca":
            {
                if (c.Arguments.Count != 1) return BuiltinArgs(c, name);
                var n = BindValue(c.Arguments[0]);
                if (n is BoundErrorExpression) return n;
                var conv = ConvertForAssignment(n, TypeRules.SizeT, new AssignContext("argument", name, 1), c.Arguments[0].Location);
                return new BoundBuiltinCall(c.Location, VoidPtr, BuiltinKind.Alloca, [conv]);
            }
            case "__builtin_frame_address" or "__builtin_return_address":
            {
                if (c.Arguments.Count != 1) return BuiltinArgs(c, name);
                var n = BindValue(c.Arguments[0]);
                RequireIntegerConstant(n, c.Arguments[0].Location, "argument to '" + name + "'");
                return new BoundBuiltinCall(c.Location, VoidPtr, BuiltinKind.FrameAddress, [n]);
            }
        }
        return null;
    }

    /// <summary>GNU atomic builtins: result type from the pointed-to type of the first argument (gcc's generic forms).</summary>
    private BoundExpression? BindAtomic(CallExpressionSyntax c, string name)
    {
        string op = name.StartsWith("__atomic_", StringComparison.Ordinal) ? name["__atomic_".Length..] : name["__sync_".Length..];
        bool noPointer = op is "thread_fence" or "signal_fence" or "synchronize" or "always_lock_free" or "is_lock_free";
        var args = ImmutableArray.CreateBuilder<BoundExpression>(c.Arguments.Count);
        foreach (var a in c.Arguments) args.Add(BindValue(a));
        if (args.Any(a => a is BoundErrorExpression)) return new BoundErrorExpression(c.Location);
        CType result;
        if (noPointer) result = op is "always_lock_free" or "is_lock_free" ? BasicType.Bool : BasicType.Void;
        else
        {
            if (args.Count == 0 || args[0].Type is not PointerType { Pointee: var pointee })
            {
                Report(SemanticErrors.BuiltinArguments, c.Location, name);
                return new BoundErrorExpression(c.Location);
            }
            result = op switch
            {
                "store_n" or "store" or "load" or "clear" or "exchange" or "lock_release" => BasicType.Void,
                "compare_exchange_n" or "compare_exchange" or "test_and_set" or "bool_compare_and_swap" => BasicType.Bool,
                _ => pointee.Unqualified,
            };
        }
        return new BoundBuiltinCall(c.Location, result, BuiltinKind.Atomic, args.ToImmutable()) { Name = name };
    }

    private BoundExpression BuiltinArgs(CallExpressionSyntax c, string name)
    {
        Report(SemanticErrors.BuiltinArguments, c.Location, name);
        return new BoundErrorExpression(c.Location);
    }
}
