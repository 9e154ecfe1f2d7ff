using Altitude.Text;

namespace Altitude.Memory;

/// <summary>One address-taken local or parameter of a function: the engine lists them once per function.</summary>
public sealed record LocalSpec(string Name, ulong Size, ulong Alignment, SourceLocation Site, IAllocationType? Type = null);

/// <summary>
/// Where each local sits in its function's frame blob: in order, each aligned, separated by guard
/// gaps so overflowing one local faults instead of reaching the next. Computed once per function.
/// </summary>
public sealed class FrameLayout
{
    internal FrameLayout(string function, IReadOnlyList<LocalSpec> locals, long[] offsets, long size, ulong alignment, IAllocationType? frameType)
    {
        Function = function;
        Locals = locals;
        Offsets = offsets;
        Size = size;
        Alignment = alignment;
        FrameType = frameType;
    }

    public string Function { get; }

    public IReadOnlyList<LocalSpec> Locals { get; }

    public IReadOnlyList<long> Offsets { get; }

    public long Size { get; }

    public ulong Alignment { get; }

    public IAllocationType? FrameType { get; }

    internal const int PoolLimit = 4;

    /// <summary>Storage arrays of returned frames, reused by the next calls.</summary>
    internal readonly Stack<(byte[] Data, ushort[] Shadow)> Pool = new();
}

// Stack frames, block-scoped locals, alloca and VLAs (6.2.4p2, p6-7).
public sealed partial class MemorySpace
{
    public FrameLayout CreateFrameLayout(string function, IReadOnlyList<LocalSpec> locals, IAllocationType? frameType = null)
    {
        var offsets = new long[locals.Count];
        ulong end = 0, alignment = 16;
        for (var k = 0; k < locals.Count; k++)
        {
            var a = Math.Max(1UL, locals[k].Alignment);
            if ((a & (a - 1)) != 0)
                throw new ArgumentException($"local '{locals[k].Name}' has an alignment that is not a power of two", nameof(locals));
            alignment = Math.Max(alignment, a);
            var start = k == 0 ? 0 : (end + _guard + a - 1) & ~(a - 1);
            offsets[k] = (long)start;
            end = start + locals[k].Size;
            if (locals[k].Size > int.MaxValue || end > int.MaxValue)
            {
                throw new MemoryFault(MemoryErrors.MemoryLimit, string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"the frame of {function} needs more than {int.MaxValue} bytes (local '{locals[k].Name}')"));
            }
        }

        return new FrameLayout(function, locals, offsets, (long)end, alignment, frameType);
    }

    /// <summary>A new activation: a stackframe blob whose children are the layout's locals, live and uninitialised.</summary>
    public Blob PushFrame(FrameLayout layout, SourceLocation site, object? callStack = null)
    {
        var frame = CreateTopLevel(Allocator.StackFrame, (ulong)layout.Size, layout.Alignment, layout.FrameType, site, callStack, layout.Function, TypeTag.Uninitialised, layout);
        for (var k = 0; k < layout.Locals.Count; k++)
        {
            var l = layout.Locals[k];
            CreateNested(Allocator.StackFrame, frame, layout.Offsets[k], (long)l.Size, l.Type, l.Site, callStack, l.Name);
        }

        return frame;
    }

    /// <summary>The current incarnation of local number <paramref name="index"/> of a frame.</summary>
    public static Blob Local(Blob frame, int index) => frame.ChildList![index];

    /// <summary>Return from the function: the frame, its locals and its allocas go out of scope.</summary>
    public void PopFrame(Blob frame, SourceLocation at)
    {
        if (frame.IsLive)
            Kill(frame, BlobState.OutOfScope, at);
    }

    /// <summary>Leaving the block that declares a local: its lifetime ends (6.2.4p6).</summary>
    public static void EndLocalScope(Blob local, SourceLocation at)
    {
        if (!local.IsLive)
            return;
        local.State = BlobState.OutOfScope;
        local.EndSite = at;
    }

    /// <summary>
    /// Entering the block again: a new object at the same address (6.2.4p6), uninitialised; pointers
    /// to the previous incarnation stay dangling.
    /// </summary>
    public Blob RenewLocal(Blob frame, int index)
    {
        if (!frame.IsLive)
            throw new ArgumentException("a local of a frame that has returned cannot be renewed", nameof(frame));
        var old = frame.ChildList![index];
        if (old.IsLive)
            EndLocalScope(old, SourceLocation.None);
        var fresh = new Blob(_nextId++, old.Base, old.Size, old.Allocator, old.Type, old.Site, old.CallStack, old.Name, frame,
            frame.Data, frame.Shadow, frame.Storage, old.StorageOffset);
        frame.ChildList[index] = fresh;
        fresh.Shadow.AsSpan(fresh.StorageOffset, (int)fresh.Size).Clear();
        if (frame.Storage.ProvenanceBlobs is { } prov)
            Array.Clear(prov, fresh.StorageOffset, (int)fresh.Size);
        return fresh;
    }

    /// <summary>alloca or a VLA: a blob in the alloca region that dies with the frame at the latest.</summary>
    public Pointer Alloca(Blob frame, ulong size, ulong alignment, SourceLocation site, IAllocationType? type = null)
    {
        if (!frame.IsLive)
            throw new ArgumentException("alloca in a dead frame", nameof(frame));
        var blob = CreateTopLevel(Allocator.Alloca, size, Math.Max(16UL, alignment), type, site, frame.CallStack, null, TypeTag.Uninitialised);
        (frame.Allocas ??= []).Add(blob);
        return new Pointer(blob.Base, blob);
    }

    /// <summary>A VLA's block ends before its function returns.</summary>
    public void EndScope(Blob blob, SourceLocation at)
    {
        if (blob.IsLive)
            Kill(blob, BlobState.OutOfScope, at);
    }
}
