namespace Altitude.Vm.Libc.Formatting;

/// <summary>
/// Supplies the variable arguments of a printf call and access to the guest memory they point
/// to. Implement it on a struct and pass it by ref to <see cref="PrintfFormatter.Format{TArgs}"/>
/// so no argument is boxed. Each Next* call fetches the next argument in va_list order; the
/// expected type (after promotions) is passed so the VM can check it against what was passed
/// (C17 7.21.6.1p9). Memory callbacks name the argument (0-based va_list position) the pointer
/// came from, so the VM can use that argument's provenance.
/// </summary>
public interface IPrintfArguments
{
    /// <summary>int, unsigned int, wint_t (and char/short promoted to int).</summary>
    int NextInt32(PrintfArgType expected);

    /// <summary>long, long long, size_t, ptrdiff_t, intmax_t and their unsigned forms, as 64 bits.</summary>
    long NextInt64(PrintfArgType expected);

    /// <summary>double (and long double, which Altitude keeps as binary64).</summary>
    double NextDouble(PrintfArgType expected);

    /// <summary>Any pointer argument (%s, %ls, %p, %n), as its address; 0 is the null pointer.</summary>
    ulong NextPointer(PrintfArgType expected);

    /// <summary>Reads byte number <paramref name="offset"/> of the char array at <paramref name="address"/> (0..255).
    /// Called byte by byte; never beyond a NUL or beyond the precision.</summary>
    byte ReadByte(int argument, ulong address, long offset);

    /// <summary>Reads wchar_t element number <paramref name="offset"/> of the array at <paramref name="address"/>.</summary>
    int ReadWideChar(int argument, ulong address, long offset);

    /// <summary>%n: stores the count of bytes written so far into the object of type <paramref name="type"/> (a pointer type).</summary>
    void StoreCount(int argument, ulong address, PrintfArgType type, long count);
}
