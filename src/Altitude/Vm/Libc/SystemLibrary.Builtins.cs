using System.Numerics;

namespace Altitude.Vm.Libc;

// GNU builtins that are not library functions under another name (those, such as __builtin_memcpy,
// are linked to the function itself by the loader).
public sealed partial class SystemLibrary
{
    private void RegisterBuiltins()
    {
        Add("__builtin_parity", (m, b, n) => RetInt(m, BitOperations.PopCount((uint)Arg(m, b, 0).I) & 1));
        Add("__builtin_parityl", (m, b, n) => RetInt(m, BitOperations.PopCount((ulong)Arg(m, b, 0).I) & 1));
        Add("__builtin_parityll", (m, b, n) => RetInt(m, BitOperations.PopCount((ulong)Arg(m, b, 0).I) & 1));
        Add("__builtin_ffsl", (m, b, n) => { var v = (ulong)Arg(m, b, 0).I; RetInt(m, v == 0 ? 0 : BitOperations.TrailingZeroCount(v) + 1); });
        Add("__builtin_ffsll", (m, b, n) => { var v = (ulong)Arg(m, b, 0).I; RetInt(m, v == 0 ? 0 : BitOperations.TrailingZeroCount(v) + 1); });
        Add("__builtin_clrsb", (m, b, n) => { var v = (int)Arg(m, b, 0).I; RetInt(m, BitOperations.LeadingZeroCount((uint)(v < 0 ? ~v : v)) - 1); });
        Add("__builtin_clrsbl", (m, b, n) => { var v = Arg(m, b, 0).I; RetInt(m, BitOperations.LeadingZeroCount((ulong)(v < 0 ? ~v : v)) - 1); });
        Add("__builtin_clrsbll", (m, b, n) => { var v = Arg(m, b, 0).I; RetInt(m, BitOperations.LeadingZeroCount((ulong)(v < 0 ? ~v : v)) - 1); });
        // A prefetch is only a hint: it never faults, even on an invalid address, so nothing is checked.
        Add("__builtin_prefetch", (m, b, n) => RetInt(m, 0));
        // Returns its pointer unchanged; a misaligned pointer would be the program's promise broken,
        // but the pointer is only used through later accesses, which Altitude checks themselves.
        Add("__builtin_assume_aligned", (m, b, n) => RetPtr(m, Arg(m, b, 0).P));
    }
}
