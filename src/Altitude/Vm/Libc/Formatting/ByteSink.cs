namespace Altitude.Vm.Libc.Formatting;

/// <summary>A growable byte buffer the formatter writes C-string bytes into (no text encoding involved).</summary>
public sealed class ByteSink
{
    private byte[] _buffer;
    private int _length;

    public ByteSink(int capacity = 256) => _buffer = new byte[Math.Max(capacity, 16)];

    public int Length => _length;

    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _length);

    public byte[] ToArray() => WrittenSpan.ToArray();

    public void Clear() => _length = 0;

    public void Append(byte b)
    {
        if (_length == _buffer.Length) Grow(1);
        _buffer[_length++] = b;
    }

    public void Append(ReadOnlySpan<byte> bytes)
    {
        if (_buffer.Length - _length < bytes.Length) Grow(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    /// <summary>Appends ASCII text (digits, "inf", messages); chars above 0x7f must not occur.</summary>
    public void AppendAscii(ReadOnlySpan<char> text)
    {
        if (_buffer.Length - _length < text.Length) Grow(text.Length);
        for (int i = 0; i < text.Length; i++) _buffer[_length + i] = (byte)text[i];
        _length += text.Length;
    }

    public void AppendRepeat(byte b, int count)
    {
        if (count <= 0) return;
        if (_buffer.Length - _length < count) Grow(count);
        _buffer.AsSpan(_length, count).Fill(b);
        _length += count;
    }

    /// <summary>Removes the bytes from index on (used to drop trailing zeros of %g).</summary>
    internal void Truncate(int length) => _length = length;

    internal byte this[int index] => _buffer[index];

    private void Grow(int needed)
    {
        long size = Math.Max((long)_buffer.Length * 2, (long)_length + needed);
        if (size > Array.MaxLength) size = Math.Max(Array.MaxLength, _length + needed);
        Array.Resize(ref _buffer, (int)size);
    }
}
