using System.Globalization;
using System.Runtime.CompilerServices;
using Altitude.Text;

namespace Altitude.Memory;

// Scalar loads and stores: the engine's hot path. A load is: provenance present and live, offset
// within size, then one read of the bytes and one compare of the shadow (two for 8 bytes). Any
// mismatch goes to the slow path, which either throws a MemoryFault or explains why the value is
// invalid. Nothing on the fast path allocates.
public sealed partial class MemorySpace
{
    private const ulong PointerByteOrder = 0x0706050403020100;

    /// <summary>The storage index of an access, or a thrown fault. Also used for byte ranges (size up to int.MaxValue).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Check(Pointer p, int size, bool write, ulong alignMask)
    {
        var b = p.Provenance;
        if (b is not null && b.State == BlobState.Live)
        {
            var off = p.Address - b.Base;
            if (off < b.USize && b.USize - off >= (ulong)size && !(write && b.ReadOnly) && !(_checkAlignment && (p.Address & alignMask) != 0))
                return (int)off + b.StorageOffset;
        }

        throw AccessFault(p, size, write, alignMask);
    }

    // ---- loads ----

    /// <summary>
    /// Load a 1-, 2-, 4- or 8-byte scalar's bits (zero-extended) through typemap tag <paramref name="tag"/>.
    /// <paramref name="invalid"/> is null when the value is valid, else why it is not.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong ReadScalar(Pointer p, int size, TypeTag tag, in SourceLocation at, out InvalidReason? invalid)
    {
        var i = Check(p, size, false, (ulong)size - 1);
        var b = p.Provenance!;
        ulong bits;
        bool ok;
        var t = tag.Value;
        ref var s = ref Unsafe.As<ushort, byte>(ref b.Shadow[i]);
        switch (size)
        {
            case 1:
                bits = b.Data[i];
                ok = b.Shadow[i] == (ushort)(t | Shadows.StartBit);
                break;
            case 2:
                bits = Unsafe.ReadUnaligned<ushort>(ref b.Data[i]);
                ok = Unsafe.ReadUnaligned<uint>(ref s) == (uint)Shadows.Pattern4(t);
                break;
            case 4:
                bits = Unsafe.ReadUnaligned<uint>(ref b.Data[i]);
                ok = Unsafe.ReadUnaligned<ulong>(ref s) == Shadows.Pattern4(t);
                break;
            case 8:
                bits = Unsafe.ReadUnaligned<ulong>(ref b.Data[i]);
                ok = Unsafe.ReadUnaligned<ulong>(ref s) == Shadows.Pattern4(t) &&
                     Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref s, 8)) == Shadows.Rest4(t);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(size), "scalar loads are 1, 2, 4 or 8 bytes; use ReadBytes");
        }

        invalid = ok ? null : LoadSlow(b, i, size, tag, at);
        return bits;
    }

    public sbyte ReadInt8(Pointer p, TypeTag tag, in SourceLocation at, out InvalidReason? invalid) => (sbyte)ReadScalar(p, 1, tag, at, out invalid);

    public byte ReadUInt8(Pointer p, TypeTag tag, in SourceLocation at, out InvalidReason? invalid) => (byte)ReadScalar(p, 1, tag, at, out invalid);

    public short ReadInt16(Pointer p, TypeTag tag, in SourceLocation at, out InvalidReason? invalid) => (short)ReadScalar(p, 2, tag, at, out invalid);

    public ushort ReadUInt16(Pointer p, TypeTag tag, in SourceLocation at, out InvalidReason? invalid) => (ushort)ReadScalar(p, 2, tag, at, out invalid);

    public int ReadInt32(Pointer p, TypeTag tag, in SourceLocation at, out InvalidReason? invalid) => (int)ReadScalar(p, 4, tag, at, out invalid);

    public uint ReadUInt32(Pointer p, TypeTag tag, in SourceLocation at, out InvalidReason? invalid) => (uint)ReadScalar(p, 4, tag, at, out invalid);

    public long ReadInt64(Pointer p, TypeTag tag, in SourceLocation at, out InvalidReason? invalid) => (long)ReadScalar(p, 8, tag, at, out invalid);

    public ulong ReadUInt64(Pointer p, TypeTag tag, in SourceLocation at, out InvalidReason? invalid) => ReadScalar(p, 8, tag, at, out invalid);

    public float ReadFloat(Pointer p, TypeTag tag, in SourceLocation at, out InvalidReason? invalid) =>
        BitConverter.UInt32BitsToSingle((uint)ReadScalar(p, 4, tag, at, out invalid));

    public double ReadDouble(Pointer p, TypeTag tag, in SourceLocation at, out InvalidReason? invalid) =>
        BitConverter.UInt64BitsToDouble(ReadScalar(p, 8, tag, at, out invalid));

    /// <summary>
    /// Load a pointer. When its 8 bytes are bytes 0..7 of one stored pointer, the load has that
    /// pointer's provenance. Otherwise (bytes written as characters or integers, or pieces of
    /// different pointers) the bytes are an integer, and as in PNVI-ae-udi they act like an
    /// integer-to-pointer cast: the provenance of the exposed live blob at that address, if any.
    /// </summary>
    public Pointer ReadPointer(Pointer p, TypeTag tag, in SourceLocation at, out InvalidReason? invalid)
    {
        var i = Check(p, 8, false, 7);
        var b = p.Provenance!;
        var bits = Unsafe.ReadUnaligned<ulong>(ref b.Data[i]);
        ref var s = ref Unsafe.As<ushort, byte>(ref b.Shadow[i]);
        var storage = b.Storage;
        if (Unsafe.ReadUnaligned<ulong>(ref s) == Shadows.Pattern4(tag.Value) &&
            Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref s, 8)) == Shadows.Rest4(tag.Value))
        {
            invalid = null;
            return new Pointer(bits, storage.ProvenanceBlobs is null ? null : ProvenanceAt(storage, i));
        }

        invalid = LoadSlow(b, i, 8, tag, at);
        var prov = storage.ProvenanceBlobs is null ? null : ProvenanceAt(storage, i);
        var integerBytes = invalid is null or { Kind: InvalidKind.TypeMismatch or InvalidKind.MixedStores };
        if (prov is null && integerBytes && !StoredAsOnePointer(b, i))
        {
            // Bytes stored as an integer (or as pieces) read as a pointer: all zeros are the null
            // pointer, and the address of an exposed live blob is a pointer to it, as an integer
            // cast would give. Anything else is an invalid pointer (the mismatch stays the reason).
            if (bits == 0)
                invalid = null;
            else if (FromInteger(bits).Provenance is { } exposed)
            {
                prov = exposed;
                invalid = null;
            }
        }

        return new Pointer(bits, prov);
    }

    // A pointer stored without provenance (a cast of an unexposed address) keeps none; only bytes
    // that were not stored as one pointer are reinterpreted as an integer.
    private bool StoredAsOnePointer(Blob b, int i)
    {
        var first = b.Shadow[i];
        if ((first & Shadows.StartBit) == 0)
            return false;
        var kind = Tags.KindOf(new TypeTag((ushort)(first & Shadows.TagMask)));
        if (kind is not (ScalarKind.DataPointer or ScalarKind.FunctionPointer))
            return false;
        for (var k = 1; k < 8; k++)
        {
            if (b.Shadow[i + k] != (ushort)(first & Shadows.TagMask))
                return false;
        }

        return true;
    }

    private static Blob? ProvenanceAt(BlobStorage storage, int i)
    {
        var blobs = storage.ProvenanceBlobs!;
        var first = blobs[i];
        if (first is null)
            return null;
        for (var k = 1; k < 8; k++)
        {
            if (!ReferenceEquals(blobs[i + k], first))
                return null;
        }

        return Unsafe.ReadUnaligned<ulong>(ref storage.ProvenanceIndex![i]) == PointerByteOrder ? first : null;
    }

    /// <summary>Load any number of bytes (long double, __int128) into <paramref name="destination"/>; returns why the value is invalid, or null.</summary>
    public InvalidReason? ReadBytes(Pointer p, Span<byte> destination, TypeTag tag, in SourceLocation at)
    {
        var size = destination.Length;
        var i = Check(p, size, false, 0);
        var b = p.Provenance!;
        b.Data.AsSpan(i, size).CopyTo(destination);
        var shadow = b.Shadow.AsSpan(i, size);
        var ok = size > 0 && shadow[0] == (ushort)(tag.Value | Shadows.StartBit);
        for (var k = 1; ok && k < size; k++)
            ok = shadow[k] == tag.Value;
        return ok || size == 0 ? null : LoadSlow(b, i, size, tag, at);
    }

    // ---- stores ----

    /// <summary>Store a 1-, 2-, 4- or 8-byte scalar through tag <paramref name="tag"/>; sets the shadow and destroys provenance of overwritten pointer bytes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteScalar(Pointer p, int size, TypeTag tag, ulong bits)
    {
        var i = Check(p, size, true, (ulong)size - 1);
        var b = p.Provenance!;
        var t = tag.Value;
        ref var s = ref Unsafe.As<ushort, byte>(ref b.Shadow[i]);
        switch (size)
        {
            case 1:
                b.Data[i] = (byte)bits;
                b.Shadow[i] = (ushort)(t | Shadows.StartBit);
                break;
            case 2:
                Unsafe.WriteUnaligned(ref b.Data[i], (ushort)bits);
                Unsafe.WriteUnaligned(ref s, (uint)Shadows.Pattern4(t));
                break;
            case 4:
                Unsafe.WriteUnaligned(ref b.Data[i], (uint)bits);
                Unsafe.WriteUnaligned(ref s, Shadows.Pattern4(t));
                break;
            case 8:
                Unsafe.WriteUnaligned(ref b.Data[i], bits);
                Unsafe.WriteUnaligned(ref s, Shadows.Pattern4(t));
                Unsafe.WriteUnaligned(ref Unsafe.Add(ref s, 8), Shadows.Rest4(t));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(size), "scalar stores are 1, 2, 4 or 8 bytes; use WriteBytes");
        }

        if (b.Storage.ProvenanceBlobs is { } prov)
            Array.Clear(prov, i, size);
    }

    public void WriteInt8(Pointer p, TypeTag tag, sbyte value) => WriteScalar(p, 1, tag, (byte)value);

    public void WriteInt16(Pointer p, TypeTag tag, short value) => WriteScalar(p, 2, tag, (ushort)value);

    public void WriteInt32(Pointer p, TypeTag tag, int value) => WriteScalar(p, 4, tag, (uint)value);

    public void WriteInt64(Pointer p, TypeTag tag, long value) => WriteScalar(p, 8, tag, (ulong)value);

    public void WriteFloat(Pointer p, TypeTag tag, float value) => WriteScalar(p, 4, tag, BitConverter.SingleToUInt32Bits(value));

    public void WriteDouble(Pointer p, TypeTag tag, double value) => WriteScalar(p, 8, tag, BitConverter.DoubleToUInt64Bits(value));

    /// <summary>Store a pointer: its address bytes and, byte-wise, its provenance.</summary>
    public void WritePointer(Pointer p, TypeTag tag, Pointer value)
    {
        WriteScalar(p, 8, tag, value.Address);
        if (value.Provenance is null)
            return;
        var b = p.Provenance!;
        var i = (int)(p.Address - b.Base) + b.StorageOffset;
        var storage = b.Storage;
        if (storage.ProvenanceBlobs is null)
        {
            storage.ProvenanceBlobs = new Blob?[b.Data.Length];
            storage.ProvenanceIndex = new byte[b.Data.Length];
        }

        storage.ProvenanceBlobs.AsSpan(i, 8).Fill(value.Provenance);
        Unsafe.WriteUnaligned(ref storage.ProvenanceIndex![i], PointerByteOrder);
    }

    /// <summary>Store any number of bytes as one store of <paramref name="tag"/> (long double, __int128).</summary>
    public void WriteBytes(Pointer p, ReadOnlySpan<byte> source, TypeTag tag)
    {
        var size = source.Length;
        var i = Check(p, size, true, 0);
        var b = p.Provenance!;
        source.CopyTo(b.Data.AsSpan(i, size));
        SetShadow(b, i, size, tag);
    }

    /// <summary>
    /// Store an invalid value: its bits are written (so memcmp and byte reads see them) but the shadow
    /// says "invalid", and a later load of it returns <paramref name="reason"/> itself: invalidness
    /// propagates through memory with its origin.
    /// </summary>
    public void WriteInvalid(Pointer p, int size, ulong bits, InvalidReason reason)
    {
        var i = Check(p, size, true, 0);
        var b = p.Provenance!;
        for (var k = 0; k < size && k < 8; k++)
            b.Data[i + k] = (byte)(bits >> (8 * k));
        SetShadow(b, i, size, TypeTag.StoredInvalid);
        (b.Storage.StoredInvalid ??= [])[i] = reason;
    }

    private static void SetShadow(Blob b, int i, int size, TypeTag tag)
    {
        if (size == 0)
            return;
        var shadow = b.Shadow.AsSpan(i, size);
        shadow.Fill(tag.Value);
        shadow[0] = (ushort)(tag.Value | Shadows.StartBit);
        if (b.Storage.ProvenanceBlobs is { } prov)
            Array.Clear(prov, i, size);
    }

    /// <summary>Write initial bytes (initialisers, string literals, argv), bypassing read-only protection.</summary>
    public static void Initialize(Blob blob, long offset, ReadOnlySpan<byte> data, TypeTag tag)
    {
        var i = checked((int)offset + blob.StorageOffset);
        if (offset < 0 || offset + data.Length > blob.Size)
            throw new ArgumentOutOfRangeException(nameof(offset));
        data.CopyTo(blob.Data.AsSpan(i));
        SetShadow(blob, i, data.Length, tag);
    }

    // ---- the seed's layout rule: invalidation and padding ----

    /// <summary>
    /// Invalidate the initialised bytes of [offset, offset+length) of <paramref name="blob"/>: a store
    /// elsewhere could overlap them under some conforming layout. The engine computes the range.
    /// </summary>
    public static void InvalidateRange(Blob blob, long offset, long length, in SourceLocation at)
    {
        if (!blob.IsLive || length <= 0)
            return;
        var start = Math.Max(0, offset);
        var end = Math.Min(blob.Size, offset + length);
        if (start >= end)
            return;
        var i = (int)start + blob.StorageOffset;
        var n = (int)(end - start);
        foreach (ref var s in blob.Shadow.AsSpan(i, n))
        {
            // Never-written bytes and padding stay what they are: "uninitialised" is the better reason.
            if ((s & Shadows.TagMask) >= TypeTag.StoredInvalid.Value)
                s = TypeTag.Invalidated.Value;
        }

        if (blob.Storage.ProvenanceBlobs is { } prov)
            Array.Clear(prov, i, n);
        blob.Root.LastInvalidation = at;
    }

    /// <summary>Invalidate [from, to) of the blob except [keepOffset, keepOffset+keepLength) (the bytes just stored).</summary>
    public static void InvalidateExcept(Blob blob, long from, long to, long keepOffset, long keepLength, in SourceLocation at)
    {
        InvalidateRange(blob, from, Math.Min(to, keepOffset) - from, at);
        InvalidateRange(blob, Math.Max(from, keepOffset + keepLength), to - Math.Max(from, keepOffset + keepLength), at);
    }

    /// <summary>Mark bytes as struct padding: loads of them yield invalid values (6.2.6.1p6).</summary>
    public static void MarkPadding(Blob blob, long offset, long length) =>
        blob.Shadow.AsSpan((int)offset + blob.StorageOffset, (int)length).Fill(TypeTag.Padding.Value);

    // ---- the slow path ----

    [MethodImpl(MethodImplOptions.NoInlining)]
    private InvalidReason? LoadSlow(Blob b, int i, int size, TypeTag load, in SourceLocation at)
    {
        var shadow = b.Shadow;
        var offset = i - b.StorageOffset;
        var loadKind = Tags.KindOf(load);
        var charLoad = loadKind == ScalarKind.Char;
        // PNVI-ae: reading a stored pointer's representation as anything but a pointer exposes it.
        if (b.Storage.ProvenanceBlobs is { } prov && loadKind is not (ScalarKind.DataPointer or ScalarKind.FunctionPointer))
            ExposeBytes(prov, i, size);
        for (var k = 0; k < size; k++)
        {
            var entry = shadow[i + k];
            var stored = new TypeTag((ushort)(entry & Shadows.TagMask));
            if (stored.IsReserved && stored != TypeTag.RawBytes)
            {
                var reserved = ReservedReason(b, i + k, stored, offset, size, load, at);
                if (reserved is not null)
                    return reserved;
                continue;
            }

            if (charLoad)
                continue; // character loads read representation bytes (6.2.6.1p4, 6.5p7)
            if (stored == TypeTag.RawBytes)
            {
                if (Tags.RawBytesReadableAsAnyScalar)
                    continue;
                return Mismatch(b, offset, size, stored, load, at);
            }

            if (Tags.KindOf(stored) == ScalarKind.Char && Tags.CharStoresReadableAsAnyScalar)
                continue;
            if (!Tags.AreCompatible(stored, load))
                return Mismatch(b, offset, size, stored, load, at);
            // A typed byte must be part of one store that starts exactly where the load starts.
            var isStart = (entry & Shadows.StartBit) != 0;
            if (isStart != (k == 0))
                return new InvalidReason(InvalidKind.MixedStores, at, b, offset, size, Tags.NameOf(stored), Tags.NameOf(load));
        }

        // A compatible store that goes on past the load's end was wider than the load.
        var after = i + size;
        if (!charLoad && after < b.StorageOffset + b.Size && size > 0)
        {
            var last = (ushort)(shadow[after - 1] & Shadows.TagMask);
            var next = shadow[after];
            if ((next & Shadows.StartBit) == 0 && next == last && last >= TypeTag.FirstUserValue && Tags.KindOf(new TypeTag(last)) != ScalarKind.Char)
                return new InvalidReason(InvalidKind.MixedStores, at, b, offset, size, Tags.NameOf(new TypeTag(last)), Tags.NameOf(load));
        }

        return null;
    }

    private static void ExposeBytes(Blob?[] provenance, int i, int size)
    {
        foreach (var blob in provenance.AsSpan(i, size))
        {
            if (blob is not null)
                blob.Exposed = true;
        }
    }

    private InvalidReason? ReservedReason(Blob b, int index, TypeTag stored, int offset, int size, TypeTag load, in SourceLocation at)
    {
        if (stored == TypeTag.Uninitialised)
            return new InvalidReason(InvalidKind.Uninitialised, at, b, offset, size, ReadAs: Tags.NameOf(load));
        if (stored == TypeTag.Padding)
            return new InvalidReason(InvalidKind.Padding, at, b, offset, size, ReadAs: Tags.NameOf(load));
        if (stored == TypeTag.Invalidated)
            return new InvalidReason(InvalidKind.Invalidated, at, b, offset, size, ReadAs: Tags.NameOf(load), Origin: b.Root.LastInvalidation);
        if (stored == TypeTag.StoredInvalid)
        {
            // The store's reason is recorded at its first byte; a stored value is at most 16 bytes.
            var lowest = Math.Max(b.StorageOffset, index - 16);
            for (var j = index; j >= lowest; j--)
            {
                if ((b.Shadow[j] & Shadows.StartBit) != 0 && b.Storage.StoredInvalid?.TryGetValue(j, out var reason) == true)
                    return reason;
            }

            return new InvalidReason(InvalidKind.Other, at, b, offset, size, Detail: "read of part of a stored invalid value");
        }

        return null;
    }

    private InvalidReason Mismatch(Blob b, int offset, int size, TypeTag stored, TypeTag load, in SourceLocation at) =>
        new(InvalidKind.TypeMismatch, at, b, offset, size, Tags.NameOf(stored), Tags.NameOf(load));

    // ---- faults ----

    [MethodImpl(MethodImplOptions.NoInlining)]
    private MemoryFault AccessFault(Pointer p, int size, bool write, ulong alignMask)
    {
        var b = p.Provenance;
        var what = AccessText(size);
        if (b is null)
        {
            if (p.Address < Options.NullPageSize)
                return new MemoryFault(MemoryErrors.NullDereference, Inv($"{what} at address 0x{p.Address:x}"), null, p.Address);
            var inside = FindBlob(p.Address);
            var note = inside is null
                ? ""
                : Inv($"; the address is inside {inside.Describe()}, but the pointer was not derived from it (never exposed, or the pointer's bytes were overwritten)");
            return new MemoryFault(MemoryErrors.NoProvenance, Inv($"{what} at address 0x{p.Address:x}{note}"), inside, p.Address);
        }

        var offset = (long)(p.Address - b.Base);
        var at = Inv($"{what} at offset {offset} of {b.Describe()}");
        if (b.State == BlobState.Freed)
            return new MemoryFault(MemoryErrors.UseAfterFree, at + Inv($", freed at {b.EndSite}"), b, p.Address);
        if (b.State == BlobState.OutOfScope)
            return new MemoryFault(MemoryErrors.UseAfterScope, at + Inv($", whose lifetime ended at {b.EndSite}"), b, p.Address);
        var off = p.Address - b.Base;
        if (!(off < b.USize && b.USize - off >= (ulong)size))
        {
            var neighbour = FindLiveBlob(p.Address);
            var note = neighbour is null || ReferenceEquals(neighbour, b) ? "" : Inv($"; the address is inside {neighbour.Describe()}");
            return new MemoryFault(write ? MemoryErrors.OutOfBoundsWrite : MemoryErrors.OutOfBoundsRead, at + note, b, p.Address);
        }

        if (write && b.ReadOnly)
            return new MemoryFault(MemoryErrors.WriteToReadOnly, at, b, p.Address);
        return new MemoryFault(MemoryErrors.MisalignedAccess,
            Inv($"{what} at address 0x{p.Address:x} (offset {offset} of {b.Describe()}) needs {alignMask + 1}-byte alignment"), b, p.Address);
    }

    private static string AccessText(int size) => size == 1 ? "access of 1 byte" : Inv($"access of {size} bytes");

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
