namespace Altitude.Sexpcode;

/// <summary>What one child of a <see cref="Sexp"/> is.</summary>
public enum SexpChildKind : byte
{
    String,
    Integer,
    Double,
    Location,
    Sexp,
}

/// <summary>
/// A compact source location inside sexpcode: an index into the unit's <c>(files ...)</c> table, a
/// 1-based line and a 1-based column, packed into 64 bits so that carrying one costs no allocation.
/// Printed <c>@FILE:LINE:COL</c>. Lines above 2^28-1 and columns above 2^20-1 saturate.
/// </summary>
public readonly record struct SexpLocation
{
    public const int MaxFile = (1 << 16) - 1;
    public const int MaxLine = (1 << 28) - 1;
    public const int MaxColumn = (1 << 20) - 1;

    public SexpLocation(int file, int line, int column)
    {
        if (file < 0 || file > MaxFile) throw new ArgumentOutOfRangeException(nameof(file), "file index out of range");
        File = file;
        Line = Math.Clamp(line, 0, MaxLine);
        Column = Math.Clamp(column, 0, MaxColumn);
    }

    public int File { get; }

    public int Line { get; }

    public int Column { get; }

    internal long Pack() => ((long)File << 48) | ((long)Line << 20) | (long)Column;

    internal static SexpLocation Unpack(long bits) =>
        new((int)((bits >> 48) & MaxFile), (int)((bits >> 20) & MaxLine), (int)(bits & MaxColumn));

    public override string ToString() => $"@{File}:{Line}:{Column}";
}

/// <summary>
/// One child of a sexp: a string, a 64-bit integer, a double, a location or a nested sexp.
/// 16 bytes: a reference (the string, the sexp, or a marker naming the kind of a scalar) and 64 bits.
/// </summary>
public readonly struct SexpChild : IEquatable<SexpChild>
{
    // Markers tell scalar kinds apart without a separate kind field, keeping the struct at 16 bytes.
    private sealed class Marker(SexpChildKind kind)
    {
        public readonly SexpChildKind Kind = kind;
    }

    private static readonly Marker IntegerMarker = new(SexpChildKind.Integer);
    private static readonly Marker DoubleMarker = new(SexpChildKind.Double);
    private static readonly Marker LocationMarker = new(SexpChildKind.Location);

    private readonly object _ref;
    private readonly long _bits;

    private SexpChild(object reference, long bits)
    {
        _ref = reference;
        _bits = bits;
    }

    public static SexpChild Of(string value) => new(value ?? throw new ArgumentNullException(nameof(value)), 0);

    public static SexpChild Of(long value) => new(IntegerMarker, value);

    public static SexpChild Of(double value) => new(DoubleMarker, BitConverter.DoubleToInt64Bits(value));

    public static SexpChild Of(SexpLocation value) => new(LocationMarker, value.Pack());

    public static SexpChild Of(Sexp value) => new(value ?? throw new ArgumentNullException(nameof(value)), 0);

    public static implicit operator SexpChild(string value) => Of(value);

    public static implicit operator SexpChild(long value) => Of(value);

    public static implicit operator SexpChild(int value) => Of(value);

    public static implicit operator SexpChild(double value) => Of(value);

    public static implicit operator SexpChild(SexpLocation value) => Of(value);

    public static implicit operator SexpChild(Sexp value) => Of(value);

    public static implicit operator SexpChild(SexpTag tag) => Of(Sexp.Atom(tag));

    public SexpChildKind Kind => _ref switch
    {
        string => SexpChildKind.String,
        Sexp => SexpChildKind.Sexp,
        Marker m => m.Kind,
        _ => throw new InvalidOperationException("default SexpChild"),
    };

    public bool IsString => _ref is string;

    public bool IsSexp => _ref is Sexp;

    public bool IsInteger => ReferenceEquals(_ref, IntegerMarker);

    public bool IsDouble => ReferenceEquals(_ref, DoubleMarker);

    public bool IsLocation => ReferenceEquals(_ref, LocationMarker);

    public string AsString => _ref as string ?? throw new InvalidOperationException($"child is {Kind}, not a string");

    public Sexp AsSexp => _ref as Sexp ?? throw new InvalidOperationException($"child is {Kind}, not a sexp");

    public long AsInteger => IsInteger ? _bits : throw new InvalidOperationException($"child is {Kind}, not an integer");

    public double AsDouble => IsDouble ? BitConverter.Int64BitsToDouble(_bits) : throw new InvalidOperationException($"child is {Kind}, not a double");

    public SexpLocation AsLocation => IsLocation ? SexpLocation.Unpack(_bits) : throw new InvalidOperationException($"child is {Kind}, not a location");

    /// <summary>The sexp if this child is one, else null.</summary>
    public Sexp? SexpOrNull => _ref as Sexp;

    /// <summary>Shallow equality: same kind and value; sexps by reference (see <see cref="Sexp.StructurallyEquals"/>).</summary>
    public bool Equals(SexpChild other) =>
        _bits == other._bits && (ReferenceEquals(_ref, other._ref) || (_ref is string a && other._ref is string b && a == b));

    public override bool Equals(object? obj) => obj is SexpChild c && Equals(c);

    public override int GetHashCode() => HashCode.Combine(_ref is string s ? s.GetHashCode() : System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(_ref), _bits);

    public override string ToString() => Kind switch
    {
        SexpChildKind.Sexp => AsSexp.ToString(),
        _ => SexpPrinter.PrintChild(this),
    };
}

/// <summary>
/// One node of sexpcode: a tag from the fixed <see cref="SexpTag"/> set and its children. Immutable,
/// so identical sub-trees (types, locations) may be shared freely. An optional location is always the
/// first child; <see cref="Args"/> are the children after it.
/// </summary>
public sealed class Sexp
{
    // One shared childless instance per tag, made up front so that every thread sees the same ones.
    private static readonly Sexp[] Atoms = Enum.GetValues<SexpTag>().OrderBy(t => (int)t).Select(t => new Sexp(t, [])).ToArray();
    private readonly SexpChild[] _children;

    private Sexp(SexpTag tag, SexpChild[] children)
    {
        Tag = tag;
        _children = children;
    }

    public SexpTag Tag { get; }

    public ReadOnlySpan<SexpChild> Children => _children;

    public int Count => _children.Length;

    public SexpChild this[int index] => _children[index];

    /// <summary>True when the first child is a location.</summary>
    public bool HasLocation => _children.Length > 0 && _children[0].IsLocation;

    public SexpLocation? Location => HasLocation ? _children[0].AsLocation : null;

    /// <summary>The children after the optional leading location.</summary>
    public ReadOnlySpan<SexpChild> Args => HasLocation ? _children.AsSpan(1) : _children;

    /// <summary>Argument <paramref name="index"/> (counting after the location) as a sexp.</summary>
    public Sexp Arg(int index) => Args[index].AsSexp;

    public string StringArg(int index) => Args[index].AsString;

    public long IntegerArg(int index) => Args[index].AsInteger;

    public int ArgCount => HasLocation ? _children.Length - 1 : _children.Length;

    /// <summary>The type of an expression sexp (its first argument); every expression states one.</summary>
    public Sexp ExpressionType => SexpTags.IsExpression(Tag) ? Arg(0) : throw new InvalidOperationException($"'{Name}' is not an expression");

    public string Name => SexpTags.Name(Tag);

    /// <summary>A childless sexp (a type such as <c>int</c>, a flag such as <c>variadic</c>); shared instances.</summary>
    public static Sexp Atom(SexpTag tag) => Atoms[(int)tag];

    public static Sexp Make(SexpTag tag, params ReadOnlySpan<SexpChild> children)
    {
        if (children.Length == 0) return Atom(tag);
        foreach (var c in children)
        {
            if (c.Equals(default)) throw new ArgumentException("default SexpChild in children");
        }
        return new Sexp(tag, children.ToArray());
    }

    /// <summary>Takes ownership of <paramref name="children"/> (callers must not change the array afterwards).</summary>
    internal static Sexp FromArray(SexpTag tag, SexpChild[] children) => children.Length == 0 ? Atom(tag) : new Sexp(tag, children);

    public static Sexp Make(SexpTag tag, IEnumerable<SexpChild> children) => Make(tag, children.ToArray().AsSpan());

    public static Sexp Make(SexpTag tag, List<SexpChild> children) => Make(tag, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(children));

    /// <summary>Makes <c>(tag @loc children...)</c>, omitting the location when it is null.</summary>
    public static Sexp Located(SexpTag tag, SexpLocation? location, params ReadOnlySpan<SexpChild> children)
    {
        if (location is null) return Make(tag, children);
        var all = new SexpChild[children.Length + 1];
        all[0] = location.Value;
        children.CopyTo(all.AsSpan(1));
        return new Sexp(tag, all);
    }

    /// <summary>Deep structural equality, iterative so that deep trees cannot overflow the stack.</summary>
    public static bool StructurallyEquals(Sexp a, Sexp b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a.Tag != b.Tag || a._children.Length != b._children.Length) return false;
        var stack = new Stack<(Sexp, Sexp)>();
        stack.Push((a, b));
        while (stack.Count > 0)
        {
            var (x, y) = stack.Pop();
            if (ReferenceEquals(x, y)) continue;
            if (x.Tag != y.Tag || x._children.Length != y._children.Length) return false;
            for (var i = 0; i < x._children.Length; i++)
            {
                var cx = x._children[i];
                var cy = y._children[i];
                if (cx.IsSexp && cy.IsSexp) stack.Push((cx.AsSexp, cy.AsSexp));
                else if (!cx.Equals(cy)) return false;
            }
        }
        return true;
    }

    /// <summary>The printed text form (see <see cref="SexpPrinter"/>).</summary>
    public override string ToString() => SexpPrinter.Print(this);
}
