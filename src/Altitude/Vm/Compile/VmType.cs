using Altitude.Memory;

namespace Altitude.Vm.Compile;

/// <summary>How the engine represents a value of a type: which node family evaluates it.</summary>
public enum ValueKind : byte { Void, Int, Float, Double, Pointer, Aggregate, Function }

/// <summary>
/// A type as the VM sees it after compile: concrete x86-64 System V layout (size, alignment,
/// member offsets) plus what the node compiler needs (value kind, signedness, element type).
/// </summary>
public sealed class VmType
{
    public required ValueKind Kind { get; init; }
    public required long Size { get; init; }
    public required long Align { get; init; }
    public required string Name { get; init; }
    public bool Signed { get; init; }
    public bool IsBool { get; init; }
    public ScalarKind Scalar { get; init; }
    /// <summary>Pointee of a pointer, element of an array.</summary>
    public VmType? Element { get => _element ??= ElementThunk?.Invoke(); init => _element = value; }
    private VmType? _element;
    /// <summary>A pointer's target is resolved on first use, so self-referential structs lay out.</summary>
    public Func<VmType>? ElementThunk { get; init; }
    /// <summary>Array length (-1 unknown); for other types 0.</summary>
    public long Length { get; init; }
    public bool IsArray { get; init; }
    /// <summary>For a variable-length array: the length expression (evaluated at run time).</summary>
    public Altitude.Sexpcode.Sexp? VlaLength { get; init; }
    public bool IsUnion { get; init; }
    public bool IsVaList { get; init; }
    public IReadOnlyDictionary<string, (long Offset, VmType Type)>? Fields { get; init; }
    public IReadOnlyDictionary<string, (long BitOffset, int Width, VmType Type)>? BitFields { get; init; }
    // Function types.
    public VmType? Return { get; init; }
    public IReadOnlyList<VmType>? Parameters { get; init; }
    public bool Variadic { get; init; }

    /// <summary>__int128 or unsigned __int128: kept in memory as 16 bytes, computed by the Wide nodes.</summary>
    public bool IsWide => Scalar is ScalarKind.Int128 or ScalarKind.UInt128;

    public bool IsScalar => Kind is ValueKind.Int or ValueKind.Float or ValueKind.Double or ValueKind.Pointer;

    public override string ToString() => Name;
}
