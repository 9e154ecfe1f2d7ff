namespace Altitude.Memory;

/// <summary>The built-in allocators of DESIGN.md's allocator tree, plus user-declared ones.</summary>
public enum AllocatorKind : byte
{
    Static,
    StackFrame,
    Alloca,
    Malloc,
    Auxv,
    User,
}

/// <summary>
/// An allocator as the allocs API shows it: a name and what kind of storage it hands out.
/// <see cref="IsHeap"/> allocators' blobs are freed explicitly and listed as leaks at exit;
/// <see cref="IsNested"/> allocators carve their blobs out of a parent blob (pool allocators).
/// </summary>
public sealed class Allocator
{
    public static readonly Allocator Static = new("static", AllocatorKind.Static, isHeap: false, isNested: false);
    public static readonly Allocator StackFrame = new("stackframe", AllocatorKind.StackFrame, isHeap: false, isNested: false);
    public static readonly Allocator Alloca = new("alloca", AllocatorKind.Alloca, isHeap: false, isNested: false);
    public static readonly Allocator Malloc = new("malloc", AllocatorKind.Malloc, isHeap: true, isNested: false);
    public static readonly Allocator Auxv = new("auxv", AllocatorKind.Auxv, isHeap: false, isNested: false);

    internal Allocator(string name, AllocatorKind kind, bool isHeap, bool isNested)
    {
        Name = name;
        Kind = kind;
        IsHeap = isHeap;
        IsNested = isNested;
    }

    public string Name { get; }

    public AllocatorKind Kind { get; }

    public bool IsHeap { get; }

    public bool IsNested { get; }

    public override string ToString() => Name;
}
