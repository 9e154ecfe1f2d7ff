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

    }

    private static int CtypeArg(Machine m, int b)
    {
        var c = (int)Arg(m, b, 0).I;
        if (c != -1 && (c < 0 || c > 255)) throw m.Error(RuntimeErrors.LibraryMisuse, $"ctype function called with {c}, which is neither EOF nor an unsigned char value (C17 7.4p1)");
        return c;
    }

    private void Ctype(string name, Func<int, bool> test) => Add(name, (m, b, n) => RetInt(m, test(CtypeArg(m, b)) ? 1 : 0));
}

