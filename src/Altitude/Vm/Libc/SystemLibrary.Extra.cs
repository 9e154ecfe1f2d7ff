using System.Numerics;
using Altitude.Memory;
using Altitude.Vm.Execute;
using Altitude.Vm.Libc.Formatting;

namespace Altitude.Vm.Libc;

public sealed partial class SystemLibrary
{
    private uint[] _randState = [];
    private int _randIndex;
    private Pointer _strtokSave;

    private void RegisterExtra()
    {
        Add("srand", (m, b, n) => { SeedRand((uint)Arg(m, b, 0).I); RetInt(m, 0); });
        Add("rand", (m, b, n) =>
        {
            if (_randState.Length == 0) SeedRand(1);
            RetInt(m, NextRand());
        });
        Add("strtof", (m, b, n) =>
        {
            var s = Arg(m, b, 0).P;
            var r = StrToFloat.StrToF(CString(m, s));
            FinishStrTo(m, s, Arg(m, b, 1).P, r.End, r.Errno);
            RetDouble(m, r.Value);
        });
        Add("strndup", (m, b, n) =>
        {
            var s = Bounded(m, Arg(m, b, 0).P, Arg(m, b, 1).I);
            var p = m.Memory.Malloc((ulong)s.Length + 1, m.At, null, m.Backtrace());
            WriteCString(m, p, s);
            RetPtr(m, p);
        });
        Add("stpcpy", (m, b, n) =>
        {
            var d = Arg(m, b, 0).P;
            var s = CString(m, Arg(m, b, 1).P);
            WriteCString(m, d, s);
            RetPtr(m, m.Memory.Add(d, s.Length));
        });
        Add("strtok", (m, b, n) =>
        {
            var p = Arg(m, b, 0).P;
            if (p.IsNull) p = _strtokSave;
            if (p.IsNull) { RetPtr(m, Pointer.Null); return; }
            var delimiters = CString(m, Arg(m, b, 1).P);
            var s = CString(m, p);
            var start = 0;
            while (start < s.Length && Array.IndexOf(delimiters, s[start]) >= 0) start++;
            if (start == s.Length) { _strtokSave = Pointer.Null; RetPtr(m, Pointer.Null); return; }
            var end = start;
            while (end < s.Length && Array.IndexOf(delimiters, s[end]) < 0) end++;
            if (end < s.Length)
            {
                m.Memory.WriteBytes(m.Memory.Add(p, end), [0], m.CharTag);
                _strtokSave = m.Memory.Add(p, end + 1);
            }
            else _strtokSave = Pointer.Null;
            RetPtr(m, m.Memory.Add(p, start));
        });
        Add("__builtin_popcount", (m, b, n) => RetInt(m, BitOperations.PopCount((uint)Arg(m, b, 0).I)));
        Add("__builtin_popcountl", (m, b, n) => RetInt(m, BitOperations.PopCount((ulong)Arg(m, b, 0).I)));
        Add("__builtin_popcountll", (m, b, n) => RetInt(m, BitOperations.PopCount((ulong)Arg(m, b, 0).I)));
    }

    // glibc's rand(): the TYPE_3 additive feedback generator, seeded by a Park-Miller sequence.
    private void SeedRand(uint seed)
    {
        var r = new int[34];
        r[0] = seed == 0 ? 1 : (int)seed;
        for (var i = 1; i < 31; i++)
        {
            var hi = r[i - 1] / 127773;
            var lo = r[i - 1] % 127773;
            var word = 16807 * lo - 2836 * hi;
            if (word < 0) word += 2147483647;
            r[i] = word;
        }
        for (var i = 31; i < 34; i++) r[i] = r[i - 31];
        _randState = new uint[34];
        for (var i = 0; i < 34; i++) _randState[i] = (uint)r[i];
        _randIndex = 0;
        for (var i = 34; i < 344; i++) NextRaw();
    }

    private uint NextRaw()
    {
        // Ring of the last 34 values: r[i] = r[i-31] + r[i-3].
        var i = _randIndex;
        var v = _randState[(i + 34 - 31) % 34] + _randState[(i + 34 - 3) % 34];
        _randState[i] = v;
        _randIndex = (i + 1) % 34;
        return v;
    }

    private int NextRand() => (int)(NextRaw() >> 1);
}
