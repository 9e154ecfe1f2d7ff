using System.Collections;

namespace Altitude.Front.Preprocessing;

/// <summary>
/// The set of macro names a token must not be expanded by (C17 6.10.3.4). Sets are tiny and
/// immutable; the results of adding a name or uniting two sets are cached on the set, so the
/// thousands of tokens one expansion produces share one set object.
/// </summary>
internal sealed class HideSet : IReadOnlySet<string>
{
    private readonly string[] _names;
    private Dictionary<string, HideSet>? _withCache;
    private Dictionary<HideSet, HideSet>? _unionCache;

    private HideSet(string[] names) => _names = names;

    public static HideSet Of(string name) => new([name]);

    public int Count => _names.Length;

    public bool Contains(string item)
    {
        foreach (var name in _names)
        {
            if (string.Equals(name, item, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    public static HideSet With(HideSet? set, string name)
    {
        if (set is null) return Of(name);
        if (set.Contains(name)) return set;
        set._withCache ??= new Dictionary<string, HideSet>(StringComparer.Ordinal);
        if (set._withCache.TryGetValue(name, out var cached)) return cached;
        var names = new string[set._names.Length + 1];
        set._names.CopyTo(names, 0);
        names[^1] = name;
        var result = new HideSet(names);
        set._withCache[name] = result;
        return result;
    }

    public static HideSet? Union(HideSet? a, HideSet? b)
    {
        if (a is null || ReferenceEquals(a, b)) return b;
        if (b is null) return a;
        a._unionCache ??= new Dictionary<HideSet, HideSet>(ReferenceEqualityComparer.Instance);
        if (a._unionCache.TryGetValue(b, out var cached)) return cached;
        var result = a;
        foreach (var name in b._names) result = With(result, name);
        a._unionCache[b] = result;
        return result;
    }

    public static HideSet? Intersect(HideSet? a, HideSet? b)
    {
        if (a is null || b is null) return null;
        if (ReferenceEquals(a, b)) return a;
        HideSet? result = null;
        foreach (var name in a._names)
        {
            if (b.Contains(name)) result = With(result, name);
        }
        return result;
    }

    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)_names).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool IsProperSubsetOf(IEnumerable<string> other) => new HashSet<string>(_names).IsProperSubsetOf(other);

    public bool IsProperSupersetOf(IEnumerable<string> other) => new HashSet<string>(_names).IsProperSupersetOf(other);

    public bool IsSubsetOf(IEnumerable<string> other) => new HashSet<string>(_names).IsSubsetOf(other);

    public bool IsSupersetOf(IEnumerable<string> other) => new HashSet<string>(_names).IsSupersetOf(other);

    public bool Overlaps(IEnumerable<string> other) => other.Any(Contains);

    public bool SetEquals(IEnumerable<string> other) => new HashSet<string>(_names).SetEquals(other);
}
