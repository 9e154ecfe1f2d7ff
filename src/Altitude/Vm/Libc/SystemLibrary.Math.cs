using Altitude.Memory;
using Altitude.Vm.Execute;

namespace Altitude.Vm.Libc;

/// <summary>
/// math.h. Every function calls the host's libm (see <see cref="HostLibm"/>) so that results and errno
/// equal a native glibc build bit for bit. Altitude's long double is binary64, so each l-suffixed
/// function is its double twin (a documented deviation: glibc computes those in 80-bit precision).
/// </summary>
public sealed unsafe partial class SystemLibrary
{
    private Blob? _signgam;

    private static readonly string[] UnaryMath =
    [
        "acos", "asin", "atan", "cos", "sin", "tan", "acosh", "asinh", "atanh", "cosh", "sinh", "tanh",
        "exp", "exp2", "expm1", "exp10", "log", "log10", "log1p", "log2", "logb", "cbrt", "fabs", "sqrt",
        "erf", "erfc", "tgamma", "ceil", "floor", "nearbyint", "rint", "round", "trunc", "significand",
        "j0", "j1", "y0", "y1",
    ];

    private static readonly string[] BinaryMath =
    [
        "atan2", "hypot", "pow", "fmod", "remainder", "copysign", "nextafter", "fdim", "fmax", "fmin", "drem", "scalb",
    ];

    private void RegisterMath()
    {
        RegisterClassification();
        RegisterFenv();
        if (!HostLibm.Available) return; // every libm call then reports ALT905 naming the function
        foreach (var name in UnaryMath)
        {
            var d = HostLibm.Symbol(name);
            var f = HostLibm.Symbol(name + "f");
            if (d != 0) { Add(name, (m, b, n) => UnaryD(m, b, d)); Add(name + "l", (m, b, n) => UnaryD(m, b, d)); }
            if (f != 0) Add(name + "f", (m, b, n) => UnaryF(m, b, f));
        }
        foreach (var name in BinaryMath)
        {
            var d = HostLibm.Symbol(name);
            var f = HostLibm.Symbol(name + "f");
            if (d != 0) { Add(name, (m, b, n) => BinaryD(m, b, d)); Add(name + "l", (m, b, n) => BinaryD(m, b, d)); }
            if (f != 0) Add(name + "f", (m, b, n) => BinaryF(m, b, f));
        }
        // Long double is binary64, so nexttoward's target is exactly a double.
        var nextafter = HostLibm.Symbol("nextafter");
        var nextafterf = HostLibm.Symbol("nextafterf");
        Add("nexttoward", (m, b, n) => BinaryD(m, b, nextafter));
        Add("nexttowardl", (m, b, n) => BinaryD(m, b, nextafter));
        Add("nexttowardf", (m, b, n) =>
        {
            // The double target need not be a float: step towards it with an infinite float target.
            var x = (float)Arg(m, b, 0).D;
            var y = Arg(m, b, 1).D;
            if (double.IsNaN(y) || double.IsNaN(x) || x == y) { RetDouble(m, double.IsNaN(x) ? x : (float)y); return; }
            HostLibm.ClearErrno();
            var r = ((delegate* unmanaged[SuppressGCTransition]<float, float, float>)nextafterf)(x, y > x ? float.PositiveInfinity : float.NegativeInfinity);
            MathErrno(m);
            RetDouble(m, r);
        });

        Ternary("fma");
        IntArg("ldexp"); IntArg("scalbn");
        LongArg("scalbln");
        ToInt("ilogb");
        ToLong("lrint"); ToLong("lround"); ToLong("llrint"); ToLong("llround");

        var jn = HostLibm.Symbol("jn");
        var yn = HostLibm.Symbol("yn");
        Add("jn", (m, b, n) => IntThenDouble(m, b, jn));
        Add("yn", (m, b, n) => IntThenDouble(m, b, yn));

        WithIntOut("frexp", "frexpf", "frexpl");
        WithIntOut("lgamma_r", "lgammaf_r", "lgammal_r");
        RegisterLgamma();
        RegisterModf();
        RegisterRemquo();
        RegisterSincos();
        RegisterNan();
        foreach (var name in new[] { "fabs", "fabsf", "fabsl", "sqrt", "sqrtf", "copysign", "copysignf", "copysignl" })
            Add("__builtin_" + name, _functions[name]);
    }

    /// <summary>
    /// fenv.h, as far as the VM models it: arithmetic always rounds to nearest and exception flags are
    /// not recorded, so only the rounding-mode queries exist; setting another mode, or asking about
    /// exception flags, reports that the VM does not support it rather than answering wrongly.
    /// </summary>
    private void RegisterFenv()
    {
        Add("fegetround", (m, b, n) => RetInt(m, 0));
        Add("fesetround", (m, b, n) =>
        {
            var mode = Arg(m, b, 0).I;
            if (mode == 0) { RetInt(m, 0); return; }
            // An invalid mode fails as in glibc; a valid directed mode is beyond the VM.
            if (mode is not (0x400 or 0x800 or 0xc00)) { RetInt(m, 1); return; }
            throw m.Error(RuntimeErrors.Unsupported, "rounding modes other than FE_TONEAREST (fesetround)");
        });
    }

    /// <summary>Copies the host errno into the guest's after a libm call; libm never clears errno, nor does this.</summary>
    private static void MathErrno(Machine m)
    {
        var e = HostLibm.Errno();
        if (e != 0) SetErrno(m, e);
    }

    private static void UnaryD(Machine m, int b, nint fn)
    {
        var x = Arg(m, b, 0).D;
        HostLibm.ClearErrno();
        var r = ((delegate* unmanaged[SuppressGCTransition]<double, double>)fn)(x);
        MathErrno(m);
        RetDouble(m, r);
    }

    private static void UnaryF(Machine m, int b, nint fn)
    {
        var x = (float)Arg(m, b, 0).D;
        HostLibm.ClearErrno();
        var r = ((delegate* unmanaged[SuppressGCTransition]<float, float>)fn)(x);
        MathErrno(m);
        RetDouble(m, r);
    }

    private static void BinaryD(Machine m, int b, nint fn)
    {
        var x = Arg(m, b, 0).D;
        var y = Arg(m, b, 1).D;
        HostLibm.ClearErrno();
        var r = ((delegate* unmanaged[SuppressGCTransition]<double, double, double>)fn)(x, y);
        MathErrno(m);
        RetDouble(m, r);
    }

    private static void BinaryF(Machine m, int b, nint fn)
    {
        var x = (float)Arg(m, b, 0).D;
        var y = (float)Arg(m, b, 1).D;
        HostLibm.ClearErrno();
        var r = ((delegate* unmanaged[SuppressGCTransition]<float, float, float>)fn)(x, y);
        MathErrno(m);
        RetDouble(m, r);
    }

    private static void IntThenDouble(Machine m, int b, nint fn)
    {
        var k = (int)Arg(m, b, 0).I;
        var x = Arg(m, b, 1).D;
        HostLibm.ClearErrno();
        var r = ((delegate* unmanaged[SuppressGCTransition]<int, double, double>)fn)(k, x);
        MathErrno(m);
        RetDouble(m, r);
    }

    private void Ternary(string name)
    {
        var d = HostLibm.Symbol(name);
        var f = HostLibm.Symbol(name + "f");
        SystemCall dc = (m, b, n) =>
        {
            var x = Arg(m, b, 0).D; var y = Arg(m, b, 1).D; var z = Arg(m, b, 2).D;
            HostLibm.ClearErrno();
            var r = ((delegate* unmanaged[SuppressGCTransition]<double, double, double, double>)d)(x, y, z);
            MathErrno(m);
            RetDouble(m, r);
        };
        Add(name, dc);
        Add(name + "l", dc);
        Add(name + "f", (m, b, n) =>
        {
            var x = (float)Arg(m, b, 0).D; var y = (float)Arg(m, b, 1).D; var z = (float)Arg(m, b, 2).D;
            HostLibm.ClearErrno();
            var r = ((delegate* unmanaged[SuppressGCTransition]<float, float, float, float>)f)(x, y, z);
            MathErrno(m);
            RetDouble(m, r);
        });
    }

    private void IntArg(string name)
    {
        var d = HostLibm.Symbol(name);
        var f = HostLibm.Symbol(name + "f");
        SystemCall dc = (m, b, n) =>
        {
            var x = Arg(m, b, 0).D; var k = (int)Arg(m, b, 1).I;
            HostLibm.ClearErrno();
            var r = ((delegate* unmanaged[SuppressGCTransition]<double, int, double>)d)(x, k);
            MathErrno(m);
            RetDouble(m, r);
        };
        Add(name, dc);
        Add(name + "l", dc);
        Add(name + "f", (m, b, n) =>
        {
            var x = (float)Arg(m, b, 0).D; var k = (int)Arg(m, b, 1).I;
            HostLibm.ClearErrno();
            var r = ((delegate* unmanaged[SuppressGCTransition]<float, int, float>)f)(x, k);
            MathErrno(m);
            RetDouble(m, r);
        });
    }

    private void LongArg(string name)
    {
        var d = HostLibm.Symbol(name);
        var f = HostLibm.Symbol(name + "f");
        SystemCall dc = (m, b, n) =>
        {
            var x = Arg(m, b, 0).D; var k = Arg(m, b, 1).I;
            HostLibm.ClearErrno();
            var r = ((delegate* unmanaged[SuppressGCTransition]<double, long, double>)d)(x, k);
            MathErrno(m);
            RetDouble(m, r);
        };
        Add(name, dc);
        Add(name + "l", dc);
        Add(name + "f", (m, b, n) =>
        {
            var x = (float)Arg(m, b, 0).D; var k = Arg(m, b, 1).I;
            HostLibm.ClearErrno();
            var r = ((delegate* unmanaged[SuppressGCTransition]<float, long, float>)f)(x, k);
            MathErrno(m);
            RetDouble(m, r);
        });
    }

    private void ToInt(string name)
    {
        var d = HostLibm.Symbol(name);
        var f = HostLibm.Symbol(name + "f");
        SystemCall dc = (m, b, n) =>
        {
            var x = Arg(m, b, 0).D;
            HostLibm.ClearErrno();
            var r = ((delegate* unmanaged[SuppressGCTransition]<double, int>)d)(x);
            MathErrno(m);
            RetInt(m, r);
        };
        Add(name, dc);
        Add(name + "l", dc);
        Add(name + "f", (m, b, n) =>
        {
            var x = (float)Arg(m, b, 0).D;
            HostLibm.ClearErrno();
            var r = ((delegate* unmanaged[SuppressGCTransition]<float, int>)f)(x);
            MathErrno(m);
            RetInt(m, r);
        });
    }

    private void ToLong(string name)
    {
        var d = HostLibm.Symbol(name);
        var f = HostLibm.Symbol(name + "f");
        SystemCall dc = (m, b, n) =>
        {
            var x = Arg(m, b, 0).D;
            HostLibm.ClearErrno();
            var r = ((delegate* unmanaged[SuppressGCTransition]<double, long>)d)(x);
            MathErrno(m);
            RetInt(m, r);
        };
        Add(name, dc);
        Add(name + "l", dc);
        Add(name + "f", (m, b, n) =>
        {
            var x = (float)Arg(m, b, 0).D;
            HostLibm.ClearErrno();
            var r = ((delegate* unmanaged[SuppressGCTransition]<float, long>)f)(x);
            MathErrno(m);
            RetInt(m, r);
        });
    }

    /// <summary>frexp and lgamma_r: a double in, an int written through the pointer argument.</summary>
    private void WithIntOut(string name, string floatName, string longDoubleName)
    {
        var d = HostLibm.Symbol(name);
        var f = HostLibm.Symbol(floatName);
        SystemCall Make(bool isFloat) => (m, b, n) =>
        {
            var x = Arg(m, b, 0).D;
            var outPtr = Arg(m, b, 1).P;
            int e;
            HostLibm.ClearErrno();
            var r = isFloat
                ? ((delegate* unmanaged[SuppressGCTransition]<float, int*, float>)f)((float)x, &e)
                : ((delegate* unmanaged[SuppressGCTransition]<double, int*, double>)d)(x, &e);
            MathErrno(m);
            m.Memory.WriteInt32(outPtr, m.Tags[(int)ScalarKind.Int], e);
            RetDouble(m, r);
        };
        Add(name, Make(false));
        Add(longDoubleName, Make(false));
        Add(floatName, Make(true));
    }

    /// <summary>lgamma also stores the sign of Γ(x) in the global signgam.</summary>
    private void RegisterLgamma()
    {
        var d = HostLibm.Symbol("lgamma_r");
        var f = HostLibm.Symbol("lgammaf_r");
        SystemCall Make(bool isFloat) => (m, b, n) =>
        {
            var x = Arg(m, b, 0).D;
            int sign;
            HostLibm.ClearErrno();
            var r = isFloat
                ? ((delegate* unmanaged[SuppressGCTransition]<float, int*, float>)f)((float)x, &sign)
                : ((delegate* unmanaged[SuppressGCTransition]<double, int*, double>)d)(x, &sign);
            MathErrno(m);
            if (_signgam is not null) m.Memory.WriteInt32(MemorySpace.PointerTo(_signgam), m.Tags[(int)ScalarKind.Int], sign);
            RetDouble(m, r);
        };
        Add("lgamma", Make(false));
        Add("lgammal", Make(false));
        Add("lgammaf", Make(true));
        Add("gamma", Make(false));
    }

    private Blob SigngamObject(Machine m) =>
        _signgam ??= m.Memory.AllocateStatic("signgam", 4, 4, Altitude.Text.SourceLocation.None, new NamedAllocationType("int", 4));

    private void RegisterModf()
    {
        var d = HostLibm.Symbol("modf");
        var f = HostLibm.Symbol("modff");
        SystemCall Make(ScalarKind kind) => (m, b, n) =>
        {
            var x = Arg(m, b, 0).D;
            var outPtr = Arg(m, b, 1).P;
            if (kind == ScalarKind.Float)
            {
                float ip;
                var r = ((delegate* unmanaged[SuppressGCTransition]<float, float*, float>)f)((float)x, &ip);
                m.Memory.WriteFloat(outPtr, m.Tags[(int)kind], ip);
                RetDouble(m, r);
            }
            else
            {
                double ip;
                var r = ((delegate* unmanaged[SuppressGCTransition]<double, double*, double>)d)(x, &ip);
                m.Memory.WriteDouble(outPtr, m.Tags[(int)kind], ip);
                RetDouble(m, r);
            }
        };
        Add("modf", Make(ScalarKind.Double));
        Add("modff", Make(ScalarKind.Float));
        Add("modfl", Make(ScalarKind.LongDouble));
    }

    private void RegisterRemquo()
    {
        var d = HostLibm.Symbol("remquo");
        var f = HostLibm.Symbol("remquof");
        SystemCall Make(bool isFloat) => (m, b, n) =>
        {
            var x = Arg(m, b, 0).D;
            var y = Arg(m, b, 1).D;
            var outPtr = Arg(m, b, 2).P;
            int q;
            HostLibm.ClearErrno();
            var r = isFloat
                ? ((delegate* unmanaged[SuppressGCTransition]<float, float, int*, float>)f)((float)x, (float)y, &q)
                : ((delegate* unmanaged[SuppressGCTransition]<double, double, int*, double>)d)(x, y, &q);
            MathErrno(m);
            m.Memory.WriteInt32(outPtr, m.Tags[(int)ScalarKind.Int], q);
            RetDouble(m, r);
        };
        Add("remquo", Make(false));
        Add("remquol", Make(false));
        Add("remquof", Make(true));
    }

    private void RegisterSincos()
    {
        var d = HostLibm.Symbol("sincos");
        var f = HostLibm.Symbol("sincosf");
        SystemCall Make(bool isFloat) => (m, b, n) =>
        {
            var x = Arg(m, b, 0).D;
            var sp = Arg(m, b, 1).P;
            var cp = Arg(m, b, 2).P;
            HostLibm.ClearErrno();
            if (isFloat)
            {
                float s, c;
                ((delegate* unmanaged[SuppressGCTransition]<float, float*, float*, void>)f)((float)x, &s, &c);
                MathErrno(m);
                m.Memory.WriteFloat(sp, m.Tags[(int)ScalarKind.Float], s);
                m.Memory.WriteFloat(cp, m.Tags[(int)ScalarKind.Float], c);
            }
            else
            {
                double s, c;
                ((delegate* unmanaged[SuppressGCTransition]<double, double*, double*, void>)d)(x, &s, &c);
                MathErrno(m);
                m.Memory.WriteDouble(sp, m.Tags[(int)ScalarKind.Double], s);
                m.Memory.WriteDouble(cp, m.Tags[(int)ScalarKind.Double], c);
            }
            RetInt(m, 0);
        };
        Add("sincos", Make(false));
        Add("sincosf", Make(true));
        Add("sincosl", Make(false));
    }

    /// <summary>nan("n-char-sequence"): the payload parsing is libm's.</summary>
    private void RegisterNan()
    {
        var d = HostLibm.Symbol("nan");
        var f = HostLibm.Symbol("nanf");
        SystemCall Make(bool isFloat) => (m, b, n) =>
        {
            var text = CString(m, Arg(m, b, 0).P);
            var withNul = new byte[text.Length + 1];
            text.CopyTo(withNul, 0);
            fixed (byte* s = withNul)
                RetDouble(m, isFloat ? ((delegate* unmanaged[SuppressGCTransition]<byte*, float>)f)(s) : ((delegate* unmanaged[SuppressGCTransition]<byte*, double>)d)(s));
        };
        Add("nan", Make(false));
        Add("nanl", Make(false));
        Add("nanf", Make(true));
    }

    private static int Classify(double x) =>
        double.IsNaN(x) ? 0 : double.IsInfinity(x) ? 1 : x == 0 ? 2 : double.IsSubnormal(x) ? 3 : 4;

    private static int ClassifyFloat(float x) =>
        float.IsNaN(x) ? 0 : float.IsInfinity(x) ? 1 : x == 0 ? 2 : float.IsSubnormal(x) ? 3 : 4;

    /// <summary>The classification functions behind math.h's macros (FP_NAN 0 … FP_NORMAL 4, as glibc).</summary>
    private void RegisterClassification()
    {
        Add("__fpclassify", (m, b, n) => RetInt(m, Classify(Arg(m, b, 0).D)));
        Add("__fpclassifyl", (m, b, n) => RetInt(m, Classify(Arg(m, b, 0).D)));
        Add("__fpclassifyf", (m, b, n) => RetInt(m, ClassifyFloat((float)Arg(m, b, 0).D)));
        SystemCall finite = (m, b, n) => RetInt(m, double.IsFinite(Arg(m, b, 0).D) ? 1 : 0);
        foreach (var name in new[] { "__finite", "__finitef", "__finitel", "finite", "finitef", "finitel" }) Add(name, finite);
        Add("__altitude_islessgreater", (m, b, n) => { var x = Arg(m, b, 0).D; var y = Arg(m, b, 1).D; RetInt(m, x < y || x > y ? 1 : 0); });
        Add("__builtin_isfinite", finite);
        Add("__builtin_isnormal", (m, b, n) => RetInt(m, Classify(Arg(m, b, 0).D) == 4 ? 1 : 0));
        Add("__builtin_isinf_sign", (m, b, n) => { var x = Arg(m, b, 0).D; RetInt(m, double.IsInfinity(x) ? (x > 0 ? 1 : -1) : 0); });
        // __builtin_fpclassify(FP_NAN, FP_INFINITE, FP_NORMAL, FP_SUBNORMAL, FP_ZERO, x): the caller names the results.
        Add("__builtin_fpclassify", (m, b, n) =>
        {
            var x = Arg(m, b, 5).D;
            var k = Classify(x);
            RetInt(m, Arg(m, b, k switch { 0 => 0, 1 => 1, 4 => 2, 3 => 3, _ => 4 }).I);
        });
        Add("__builtin_isgreater", (m, b, n) => RetInt(m, Arg(m, b, 0).D > Arg(m, b, 1).D ? 1 : 0));
        Add("__builtin_isgreaterequal", (m, b, n) => RetInt(m, Arg(m, b, 0).D >= Arg(m, b, 1).D ? 1 : 0));
        Add("__builtin_isless", (m, b, n) => RetInt(m, Arg(m, b, 0).D < Arg(m, b, 1).D ? 1 : 0));
        Add("__builtin_islessequal", (m, b, n) => RetInt(m, Arg(m, b, 0).D <= Arg(m, b, 1).D ? 1 : 0));
        Add("__builtin_islessgreater", _functions["__altitude_islessgreater"]);
        Add("__builtin_isunordered", (m, b, n) => RetInt(m, double.IsNaN(Arg(m, b, 0).D) || double.IsNaN(Arg(m, b, 1).D) ? 1 : 0));
        // NAN is the positive quiet NaN (.NET's double.NaN has the sign bit set and would print "-nan").
        var quietNaN = BitConverter.Int64BitsToDouble(0x7FF8000000000000);
        foreach (var name in new[] { "__builtin_nan", "__builtin_nanf", "__builtin_nanl" }) Add(name, (m, b, n) => RetDouble(m, quietNaN));
        foreach (var name in new[] { "__builtin_inf", "__builtin_inff", "__builtin_infl", "__builtin_huge_val", "__builtin_huge_valf", "__builtin_huge_vall" })
            Add(name, (m, b, n) => RetDouble(m, double.PositiveInfinity));
        Add("__builtin_isnan", (m, b, n) => RetInt(m, double.IsNaN(Arg(m, b, 0).D) ? 1 : 0));
        Add("__builtin_isinf", (m, b, n) => RetInt(m, double.IsInfinity(Arg(m, b, 0).D) ? 1 : 0));
        Add("__builtin_signbit", (m, b, n) => RetInt(m, double.IsNegative(Arg(m, b, 0).D) ? 1 : 0));
    }
}
