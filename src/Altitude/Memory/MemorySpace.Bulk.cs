using Altitude.Text;

namespace Altitude.Memory;

// memcpy/memmove/memset and checked byte views for the libc shims. Copies move bytes, shadow,
// pointer provenance and stored-invalid reasons together, so copying a struct copies exactly what
// is known about each of its bytes (invalid bytes stay invalid, pointers keep provenance).
public sealed partial class MemorySpace
{
    /// <summary>
    /// Check a byte range for access and return its storage index. A zero-length range still needs
    /// a valid pointer (7.24.1p2) but may sit at one past the end.
    /// </summary>
    private int CheckRange(Pointer p, ulong n, bool write)
    {
        if (n > int.MaxValue)
            throw AccessFault(p, int.MaxValue, write, 0);
        if (n > 0)
            return Check(p, (int)n, write, 0);
        var b = p.Provenance;
        if (b is not null && b.IsLive && p.Address - b.Base <= b.USize)
            return (int)(p.Address - b.Base) + b.StorageOffset;
        throw AccessFault(p, 0, write, 0);
    }

    /// <summary>memcpy: overlapping source and destination are a fault (7.24.2.1p2).</summary>
    public void Memcpy(Pointer destination, Pointer source, ulong n)
    {
        var si = CheckRange(source, n, false);
        var di = CheckRange(destination, n, true);
        var s = source.Provenance!;
        var d = destination.Provenance!;
        if (n > 0 && ReferenceEquals(s.Data, d.Data) && (ulong)di < (ulong)si + n && (ulong)si < (ulong)di + n)
        {
            throw new MemoryFault(MemoryErrors.OverlappingCopy, Inv(
                $"copy of {n} bytes from offset {source.Offset} of {s.Describe()} to offset {destination.Offset} of {d.Describe()}"), d, destination.Address);
        }

        CopyStorage(s, si, d, di, (int)n);
    }

    /// <summary>memmove: like memcpy, overlap allowed.</summary>
    public void Memmove(Pointer destination, Pointer source, ulong n)
    {
        var si = CheckRange(source, n, false);
        var di = CheckRange(destination, n, true);
        CopyStorage(source.Provenance!, si, destination.Provenance!, di, (int)n);
    }

    /// <summary>memset: the bytes become initialised representation bytes of no particular type.</summary>
    public void Memset(Pointer destination, byte value, ulong n)
    {
        var di = CheckRange(destination, n, true);
        var d = destination.Provenance!;
        d.Data.AsSpan(di, (int)n).Fill(value);
        d.Shadow.AsSpan(di, (int)n).Fill(TypeTag.RawBytes.Value);
        if (d.Storage.ProvenanceBlobs is { } prov)
            Array.Clear(prov, di, (int)n);
    }

    /// <summary>
    /// A checked read-only view of guest bytes (memcmp, strlen, printf %s, fwrite); no validity
    /// check. Stored pointers read this way are exposed (PNVI-ae: their representation left as bytes).
    /// </summary>
    public ReadOnlySpan<byte> GetBytes(Pointer p, ulong n)
    {
        var i = CheckRange(p, n, false);
        var b = p.Provenance!;
        if (b.Storage.ProvenanceBlobs is { } prov)
            ExposeBytes(prov, i, (int)n);
        return b.Data.AsSpan(i, (int)n);
    }

    /// <summary>
    /// strlen for the libc shims: the length of the NUL-terminated string at <paramref name="p"/>.
    /// A string that runs off the end of its blob is an out-of-bounds read of the bytes up to and
    /// including the blob's end; <paramref name="invalid"/> says why, if a byte before the NUL
    /// (or the NUL itself) is indeterminate.
    /// </summary>
    public long StringLength(Pointer p, in SourceLocation at, out InvalidReason? invalid)
    {
        var i = CheckRange(p, 0, false);
        var b = p.Provenance!;
        var available = (int)(b.Size - p.Offset);
        var length = b.Data.AsSpan(i, available).IndexOf((byte)0);
        if (length < 0)
            throw AccessFault(p, available + 1, false, 0);
        invalid = CheckInitialised(p, (ulong)length + 1, at);
        return length;
    }

    /// <summary>A checked writable view for shims that fill buffers (fread, fgets); the bytes become raw bytes.</summary>
    public Span<byte> GetWritableBytes(Pointer p, ulong n)
    {
        var i = CheckRange(p, n, true);
        var b = p.Provenance!;
        b.Shadow.AsSpan(i, (int)n).Fill(TypeTag.RawBytes.Value);
        if (b.Storage.ProvenanceBlobs is { } prov)
            Array.Clear(prov, i, (int)n);
        return b.Data.AsSpan(i, (int)n);
    }

    /// <summary>
    /// Why reading [p, p+n) as representation bytes would give an indeterminate value (uninitialised,
    /// padding, invalidated, stored invalid), or null: for memcmp results, strlen scans, write(2).
    /// </summary>
    public InvalidReason? CheckInitialised(Pointer p, ulong n, in SourceLocation at)
    {
        var i = CheckRange(p, n, false);
        var b = p.Provenance!;
        var shadow = b.Shadow.AsSpan(i, (int)n);
        for (var k = 0; k < shadow.Length; k++)
        {
            var tag = new TypeTag((ushort)(shadow[k] & Shadows.TagMask));
            if (tag.IsReserved && tag != TypeTag.RawBytes)
            {
                var reason = ReservedReason(b, i + k, tag, i + k - b.StorageOffset, 1, TypeTag.RawBytes, at);
                if (reason is not null)
                    return reason;
            }
        }

        return null;
    }

    private static void CopyStorage(Blob s, int si, Blob d, int di, int n)
    {
        if (n == 0)
            return;
        // Span copies behave like memmove when source and destination share an array.
        s.Data.AsSpan(si, n).CopyTo(d.Data.AsSpan(di, n));
        s.Shadow.AsSpan(si, n).CopyTo(d.Shadow.AsSpan(di, n));
        var sp = s.Storage;
        var dp = d.Storage;
        if (sp.ProvenanceBlobs is not null)
        {
            if (dp.ProvenanceBlobs is null)
            {
                dp.ProvenanceBlobs = new Blob?[d.Data.Length];
                dp.ProvenanceIndex = new byte[d.Data.Length];
            }

            Array.Copy(sp.ProvenanceBlobs, si, dp.ProvenanceBlobs, di, n);
            Array.Copy(sp.ProvenanceIndex!, si, dp.ProvenanceIndex!, di, n);
        }
        else if (dp.ProvenanceBlobs is not null)
        {
            Array.Clear(dp.ProvenanceBlobs, di, n);
        }

        if (sp.StoredInvalid is { Count: > 0 } reasons)
        {
            List<KeyValuePair<int, InvalidReason>>? moved = null;
            foreach (var kv in reasons)
            {
                if (kv.Key >= si && kv.Key < si + n)
                    (moved ??= []).Add(kv);
            }

            if (moved is not null)
            {
                dp.StoredInvalid ??= [];
                foreach (var kv in moved)
                    dp.StoredInvalid[kv.Key - si + di] = kv.Value;
            }
        }

        if (!s.Root.LastInvalidation.IsNone)
            d.Root.LastInvalidation = s.Root.LastInvalidation;
    }
}
