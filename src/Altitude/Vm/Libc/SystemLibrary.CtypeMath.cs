using Altitude.Vm.Execute;

namespace Altitude.Vm.Libc;

public sealed partial class SystemLibrary
{
    private void RegisterCtypeMath()
    {
        Ctype("isdigit", c => c is >= '0' and <= '9');
        Ctype("isalpha", c => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z');
        Ctype("isalnum", c => c is >= '0' and <= '9' or >= 'a' and <= 'z' or >= 'A' and <= 'Z');
        Ctype("isspace", c => c is ' ' or >= '\t' and <= '\r');
        Ctype("isupper", c => c is >= 'A' and <= 'Z');
        Ctype("islower", c => c is >= 'a' and <= 'z');
        Ctype("isxdigit", c => c is >= '0' and <= '9' or >= 'a' and <= 'f' or >= 'A' and <= 'F');
        Ctype("ispunct", c => c is > 32 and < 127 && !(c is >= '0' and <= '9' or >= 'a' and <= 'z' or >= 'A' and <= 'Z'));
        Ctype("isprint", c => c is >= 32 and < 127);
        Ctype("isgraph", c => c is > 32 and < 127);
        Ctype("iscntrl", c => c is < 32 or 127);
        Ctype("isblank", c => c is ' ' or '\t');
        Add("toupper", (m, b, n) => { var c = CtypeArg(m, b); RetInt(m, c is >= 'a' and <= 'z' ? c - 32 : c); });
        Add("tolower", (m, b, n) => { var c = CtypeArg(m, b); RetInt(m, c is >= 'A' and <= 'Z' ? c + 32 : c); });

        Math1("sqrt", Math.Sqrt); Math1("fabs", Math.Abs); Math1("floor", Math.Floor); Math1("ceil", Math.Ceiling);
        Math1("sin", Math.Sin); Math1("cos", Math.Cos); Math1("tan", Math.Tan); Math1("exp", Math.Exp); Math1("log", Math.Log);
        Math1("log10", Math.Log10); Math1("log2", Math.Log2); Math1("atan", Math.Atan); Math1("asin", Math.Asin); Math1("acos", Math.Acos);
        Math1("round", x => Math.Round(x, MidpointRounding.AwayFromZero)); Math1("trunc", Math.Truncate);
        Math1("sinh", Math.Sinh); Math1("cosh", Math.Cosh); Math1("tanh", Math.Tanh); Math1("cbrt", Math.Cbrt);
        Math2("pow", Math.Pow); Math2("atan2", Math.Atan2); Math2("fmod", (x, y) => x % y); Math2("hypot", (x, y) => Math.Sqrt(x * x + y * y));
        Math2("fmin", Math.Min); Math2("fmax", Math.Max);
        // float variants compute in double and round once to binary32 (exact for sqrt; close elsewhere).
        foreach (var f in new[] { "sqrt", "fabs", "floor", "ceil", "sin", "cos", "tan", "exp", "log", "round", "trunc" })
        {
            var d = _functions[f];
            Add(f + "f", (m, b, n) => { d(m, b, n); m.Ret.D = (float)m.Ret.D; });
            Add(f + "l", d);
        }
        Add("powf", (m, b, n) => RetDouble(m, (float)Math.Pow(Arg(m, b, 0).D, Arg(m, b, 1).D)));
    }

    private static int CtypeArg(Machine m, int b)
    {
        var c = (int)Arg(m, b, 0).I;
        if (c != -1 && (c < 0 || c > 255)) throw m.Error(RuntimeErrors.LibraryMisuse, $"ctype function called with {c}, which is neither EOF nor an unsigned char value (C17 7.4p1)");
        return c;
    }

    private void Ctype(string name, Func<int, bool> test) => Add(name, (m, b, n) => RetInt(m, test(CtypeArg(m, b)) ? 1 : 0));
    private void Math1(string name, Func<double, double> f) => Add(name, (m, b, n) => RetDouble(m, f(Arg(m, b, 0).D)));
    private void Math2(string name, Func<double, double, double> f) => Add(name, (m, b, n) => RetDouble(m, f(Arg(m, b, 0).D, Arg(m, b, 1).D)));
}

