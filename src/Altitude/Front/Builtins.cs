namespace Altitude.Front;

/// <summary>
/// The compiler builtins and attributes the Altitude front end accepts. The preprocessor answers
/// <c>__has_builtin</c> and <c>__has_attribute</c> from these sets, so code only takes paths that
/// the later phases understand.
/// </summary>
public static class Builtins
{
    public static readonly IReadOnlySet<string> Functions = new HashSet<string>(StringComparer.Ordinal)
    {
        "__builtin_expect", "__builtin_offsetof", "__builtin_va_start", "__builtin_va_arg", "__builtin_va_end",
        "__builtin_va_copy", "__builtin_types_compatible_p", "__builtin_constant_p", "__builtin_unreachable",
        "__builtin_trap", "__builtin_abort", "__builtin_memcpy", "__builtin_memset", "__builtin_memcmp",
        "__builtin_strlen", "__builtin_alloca", "__builtin_clz", "__builtin_clzl", "__builtin_clzll",
        "__builtin_ctz", "__builtin_ctzl", "__builtin_ctzll", "__builtin_popcount", "__builtin_popcountl",
        "__builtin_popcountll", "__builtin_bswap16", "__builtin_bswap32", "__builtin_bswap64", "__builtin_inf",
        "__builtin_inff", "__builtin_huge_val", "__builtin_huge_valf", "__builtin_nan", "__builtin_nanf",
        "__builtin_isnan", "__builtin_isinf", "__builtin_signbit", "__builtin_add_overflow",
        "__builtin_sub_overflow", "__builtin_mul_overflow", "__builtin_frame_address", "__builtin_return_address",
    };

    /// <summary>GNU attributes the front end accepts (spelled without the optional surrounding underscores).</summary>
    public static readonly IReadOnlySet<string> Attributes = new HashSet<string>(StringComparer.Ordinal)
    {
        "packed", "aligned", "noreturn", "unused", "format",
    };

    public static bool IsBuiltin(string name) => Functions.Contains(name);

    /// <summary>True for an accepted attribute, in either spelling (<c>packed</c> or <c>__packed__</c>).</summary>
    public static bool HasAttribute(string name)
    {
        if (name.Length > 4 && name.StartsWith("__", StringComparison.Ordinal) && name.EndsWith("__", StringComparison.Ordinal))
        {
            name = name[2..^2];
        }
        return Attributes.Contains(name);
    }
}
