namespace Backtest.Engine.Data.Csv;

/// <summary>
/// A pass-through that remembers the last eight bytes it delivered, so the gzip trailer (CRC32 and
/// ISIZE) can be checked after decompression without seeking.
/// </summary>
internal sealed class TailTrackingStream : ReadOnlyStream
{
    private readonly Stream _inner;
    private readonly byte[] _tail = new byte[8];

    /// <summary>Wraps <paramref name="inner"/> (not disposed by this wrapper).</summary>
    public TailTrackingStream(Stream inner) => _inner = inner;

    /// <summary>The last four bytes delivered as a little-endian number (the gzip ISIZE field), or null when fewer than eight bytes passed.</summary>
    public uint? LastUInt32 => Delivered < 8 ? null : BitConverter.ToUInt32(_tail, 4);

    /// <summary>Reads the source to its end so <see cref="LastUInt32"/> sees the true last bytes.</summary>
    public void Drain()
    {
        Span<byte> scratch = stackalloc byte[4096];
        while (Read(scratch) > 0)
        {
        }
    }

    /// <inheritdoc />
    protected override int ReadCore(Span<byte> buffer)
    {
        int n = _inner.Read(buffer);
        if (n >= 8)
        {
            buffer.Slice(n - 8, 8).CopyTo(_tail);
        }
        else if (n > 0)
        {
            // Keep the newest eight bytes: shift the old tail left, append the few new ones.
            _tail.AsSpan(n).CopyTo(_tail);
            buffer[..n].CopyTo(_tail.AsSpan(8 - n));
        }
        return n;
    }
}
