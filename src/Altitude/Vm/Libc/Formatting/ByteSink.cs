namespace Altitude.Vm.Libc.Formatting;

/// <summary>
/// A growable byte buffer the formatter writes C-string bytes into (no text encoding involved).
/// It counts every byte written but stores only the first <see cref="StoreLimit"/> of them, so
/// snprintf into a small buffer, or a huge field width, costs no memory beyond the limit.
/// </summary>
public sealed class ByteSink
{
    private byte[] _buffer;
    private int _stored;
    private long _length;

    public ByteSink(int capacity = 256, int storeLimit = int.MaxValue)
    {
        _buffer = new byte[Math.Clamp(capacity, 16, Math.Max(16, storeLimit))];
        StoreLimit = Math.Max(0, Math.Min(storeLimit, Array.MaxLength));
    }

    /// <summary>How many bytes are kept; later ones are only counted.</summary>
    public int StoreLimit { get; }

    /// <summary>Bytes written (stored or not), saturated at int.MaxValue.</summary>
    public int Length => (int)Math.Min(_length, int.MaxValue);

    /// <summary>Bytes written, exactly.</summary>
    public long TotalLength => _length;

    /// <summary>The stored bytes (the first min(Length, StoreLimit)).</summary>
    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _stored);

    public byte[] ToArray() => WrittenSpan.ToArray();

    public void Clear()
    {
        _length = 0;
        _stored = 0;
    }

    public void Append(byte b)
    {
        if (_stored < StoreLimit && _stored == _length)
        {
            if (_stored == _buffer.Length) Grow(1);
            _buffer[_stored++] = b;
        }
        _length++;
    }

    public void Append(ReadOnlySpan<byte> bytes)
    {
        int keep = Keepable(bytes.Length);
        if (keep > 0)
        {
            if (_buffer.Length - _stored < keep) Grow(keep);
            bytes[..keep].CopyTo(_buffer.AsSpan(_stored));
            _stored += keep;
        }
        _length += bytes.Length;
    }

    /// <summary>Appends ASCII text (digits, "inf", messages); chars above 0x7f must not occur.</summary>
    public void AppendAscii(ReadOnlySpan<char> text)
    {
        int keep = Keepable(text.Length);
        if (keep > 0)
        {
            if (_buffer.Length - _stored < keep) Grow(keep);
            for (int i = 0; i < keep; i++) _buffer[_stored + i] = (byte)text[i];
            _stored += keep;
        }
        _length += text.Length;
    }

    public void AppendRepeat(byte b, long count)
    {
        if (count <= 0) return;
        int keep = Keepable(count);
        if (keep > 0)
        {
            if (_buffer.Length - _stored < keep) Grow(keep);
            _buffer.AsSpan(_stored, keep).Fill(b);
            _stored += keep;
        }
        _length += count;
    }

    private int Keepable(long count) =>
        _stored == _length ? (int)Math.Min(count, StoreLimit - (long)_stored) : 0;

    /// <summary>Drops the bytes from index on (trailing zeros of %g); only for sinks without a store limit hit.</summary>
    internal void Truncate(int length)
    {
        _length = length;
        _stored = Math.Min(_stored, length);
    }

    internal byte this[int index] => _buffer[index];

    private void Grow(int needed)
    {
        long size = Math.Max((long)_buffer.Length * 2, (long)_stored + needed);
        size = Math.Min(size, Math.Max(StoreLimit, _stored + needed));
        Array.Resize(ref _buffer, (int)size);
    }
}
