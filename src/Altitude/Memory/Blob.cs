using System.Globalization;
using Altitude.Text;

namespace Altitude.Memory;

public enum BlobState : byte
{
    Live,
    Freed,
    OutOfScope,
}

/// <summary>
/// The side tables of one piece of storage, shared by a blob and the blobs nested in it (a stack
/// frame's locals, a pool's sub-blobs). Each table is created only when first needed, so blobs that
/// never hold a pointer or an invalid value pay nothing for them.
/// </summary>
internal sealed class BlobStorage
{
    /// <summary>Per byte: the blob a stored pointer byte derives from (null = no provenance).</summary>
    public Blob?[]? ProvenanceBlobs;

    /// <summary>Per byte: which byte (0..7) of that pointer this is.</summary>
    public byte[]? ProvenanceIndex;

    /// <summary>Store start index → why the value stored there was invalid.</summary>
    public Dictionary<int, InvalidReason>? StoredInvalid;

    /// <summary>The storage of blobs that have ended: every access checks the state first, so nothing reads it.</summary>
    public static readonly BlobStorage Dropped = new();
}

/// <summary>
/// One allocation: a contiguous range of guest memory with a lifetime (DESIGN.md "Memory").
/// The bytes and their shadow live in arrays indexed by <c>address - Base + StorageOffset</c>;
/// a nested blob shares its parent's arrays.
/// </summary>
public sealed class Blob
{
    internal byte[] Data;
    internal ushort[] Shadow;
    internal BlobStorage Storage;
    internal List<Blob>? ChildList;
    internal List<Blob>? Allocas;

    /// <summary>
    /// For a top-level blob: where bytes of it (or of blobs nested in it) were last invalidated
    /// (one location per top-level blob, not per byte).
    /// </summary>
    internal SourceLocation LastInvalidation = SourceLocation.None;

    /// <summary>The top-level blob this one is nested in (itself when top-level).</summary>
    internal Blob Root
    {
        get
        {
            var b = this;
            while (b.Parent is not null)
                b = b.Parent;
            return b;
        }
    }

    /// <summary>Links of MemorySpace's list of live heap blobs.</summary>
    internal Blob? LivePrev;
    internal Blob? LiveNext;
    internal bool InLiveHeapList;

    /// <summary>For a stack frame: its function's layout, whose pool takes the storage back at return.</summary>
    internal FrameLayout? Layout;

    internal Blob(long id, ulong @base, long size, Allocator allocator, IAllocationType? type, SourceLocation site,
        object? callStack, string? name, Blob? parent, byte[] data, ushort[] shadow, BlobStorage storage, int storageOffset)
    {
        Id = id;
        Base = @base;
        Size = size;
        USize = (ulong)size;
        Allocator = allocator;
        Type = type;
        Site = site;
        CallStack = callStack;
        Name = name;
        Parent = parent;
        Data = data;
        Shadow = shadow;
        Storage = storage;
        StorageOffset = storageOffset;
    }

    public long Id { get; }

    public ulong Base { get; }

    public long Size { get; }

    /// <summary>The size as ulong, for the bounds compare of the fast path.</summary>
    internal readonly ulong USize;

    /// <summary>One past the last byte.</summary>
    public ulong Limit => Base + USize;

    public Allocator Allocator { get; }

    /// <summary>The allocation's type; null = untyped (the engine may set it at the first typed store, 6.5p6).</summary>
    public IAllocationType? Type { get; set; }

    public SourceLocation Site { get; }

    /// <summary>The engine's call-stack snapshot at allocation, opaque here.</summary>
    public object? CallStack { get; }

    /// <summary>The variable's name for globals, locals and parameters; null for anonymous storage.</summary>
    public string? Name { get; }

    public BlobState State { get; internal set; }

    /// <summary>Where it was freed or went out of scope.</summary>
    public SourceLocation EndSite { get; internal set; } = SourceLocation.None;

    public Blob? Parent { get; }

    public bool ReadOnly { get; internal set; }

    /// <summary>PNVI-ae: a pointer to this blob was cast to an integer, so integers may be cast back to it.</summary>
    public bool Exposed { get; internal set; }

    /// <summary>Where this blob's bytes start in the shared storage arrays.</summary>
    public int StorageOffset { get; }

    public bool IsLive => State == BlobState.Live;

    /// <summary>Nested blobs in address order (stack-frame locals, pool sub-blobs).</summary>
    public IReadOnlyList<Blob> Children => (IReadOnlyList<Blob>?)ChildList ?? [];

    public bool Contains(ulong address) => address - Base < USize || (USize == 0 && address == Base);

    /// <summary>A copy of the bytes (for tests and reflection; not a hot path).</summary>
    public byte[] CopyBytes() => State == BlobState.Live ? Data.AsSpan(StorageOffset, (int)Size).ToArray() : [];

    /// <summary>The typemap tag of the last store covering a byte, or a reserved state.</summary>
    public TypeTag TagAt(long offset) =>
        IsLive ? new((ushort)(Shadow[StorageOffset + (int)offset] & Shadows.TagMask)) : TypeTag.Uninitialised;

    /// <summary>"a 40-byte malloc blob of type int[10] allocated at f.c:3:13".</summary>
    public string Describe()
    {
        var name = Name is null ? "" : $" '{Name}'";
        var type = Type is null ? " (untyped)" : $" of type {Type.Name}";
        var site = Site.IsNone ? "" : $" allocated at {Site}";
        var size = Size.ToString(CultureInfo.InvariantCulture);
        return $"{Article(size)} {size}-byte {Allocator.Name} blob{name}{type}{site}";
    }

    // "an 8-byte", "an 11-byte", "an 18000-byte", "a 40-byte": the article follows how the number is spoken.
    private static string Article(string digits)
    {
        if (digits[0] == '8')
            return "an";
        var groupLead = digits.Length % 3 == 2 && (digits.StartsWith("11", StringComparison.Ordinal) || digits.StartsWith("18", StringComparison.Ordinal));
        return groupLead ? "an" : "a";
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"#{Id} 0x{Base:x} {Describe()}");
}

/// <summary>Shadow entry layout: bit 15 marks the first byte of a store, bits 0..14 are the tag.</summary>
internal static class Shadows
{
    public const ushort StartBit = 0x8000;
    public const ushort TagMask = 0x7FFF;

    public static ulong Pattern4(ushort tag) =>
        ((ulong)tag << 48) | ((ulong)tag << 32) | ((ulong)tag << 16) | (ushort)(tag | StartBit);

    public static ulong Rest4(ushort tag) =>
        ((ulong)tag << 48) | ((ulong)tag << 32) | ((ulong)tag << 16) | tag;
}
