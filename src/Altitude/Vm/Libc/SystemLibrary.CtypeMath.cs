using Altitude.Vm.Execute;

namespace Altitude.Vm.Libc;

public sealed partial class SystemLibrary
{
    private void RegisterCtypeMath()
    {
        Ctype("isdigit", 2048, c => c is >= '0' and <= '9');
        Ctype("isalpha", 1024, c => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z');
        Ctype("isalnum", 8, c => c is >= '0' and <= '9' or >= 'a' and <= 'z' or >= 'A' and <= 'Z');
        Ctype("isspace", 8192, c => c is ' ' or >= '\t' and <= '\r');
        Ctype("isupper", 256, c => c is >= 'A' and <= 'Z');
        Ctype("islower", 512, c => c is >= 'a' and <= 'z');
        Ctype("isxdigit", 4096, c => c is >= '0' and <= '9' or >= 'a' and <= 'f' or >= 'A' and <= 'F');
        Ctype("ispunct", 4, c => c is > 32 and < 127 && !(c is >= '0' and <= '9' or >= 'a' and <= 'z' or >= 'A' and <= 'Z'));
        Ctype("isprint", 16384, c => c is >= 32 and < 127);
        Ctype("isgraph", 32768, c => c is > 32 and < 127);
        Ctype("iscntrl", 2, c => c is >= 0 and < 32 or 127);
        Ctype("isblank", 1, c => c is ' ' or '\t');
        Add("toupper", (m, b, n) => { var c = CtypeArg(m, b); RetInt(m, c is >= 'a' and <= 'z' ? c - 32 : c); });
        Add("tolower", (m, b, n) => { var c = CtypeArg(m, b); RetInt(m, c is >= 'A' and <= 'Z' ? c + 32 : c); });

    }

    private static int CtypeArg(Machine m, int b)
    {
        var c = (int)Arg(m, b, 0).I;
        if (c != -1 && (c < 0 || c > 255)) throw m.Error(RuntimeErrors.LibraryMisuse, $"ctype function called with {c}, which is neither EOF nor an unsigned char value (C17 7.4p1)");
        return c;
    }

    /// <summary>A classification function; true answers are glibc's table bit for the class (isalpha('a') is 1024), as its macros return.</summary>
    private void Ctype(string name, int mask, Func<int, bool> test) => Add(name, (m, b, n) => RetInt(m, test(CtypeArg(m, b)) ? mask : 0));
}

