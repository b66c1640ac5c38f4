namespace Backtest.Engine.Data.Csv;

/// <summary>
/// A pass-through over decompressed data that runs a check once the data ends. The runtime's inflater
/// ends quietly when compressed input is cut short, and its zip reader skips the entry's CRC; the check
/// (gzip ISIZE, zip entry length and CRC-32) turns either into an <see cref="InvalidDataException"/>
/// instead of a silently shorter or altered file.
/// </summary>
internal sealed class VerifiedEndStream : ReadOnlyStream
{
    private readonly Stream _inner;
    private readonly Action<long, uint> _checkAtEnd;
    private readonly bool _computeCrc;
    private uint _crc;
    private bool _checked;

    /// <summary>
    /// Wraps <paramref name="inner"/> (disposed with this stream); <paramref name="checkAtEnd"/> gets the byte count and,
    /// when <paramref name="computeCrc"/>, the CRC-32 of the bytes delivered (else 0).
    /// </summary>
    public VerifiedEndStream(Stream inner, bool computeCrc, Action<long, uint> checkAtEnd)
    {
        _inner = inner;
        _computeCrc = computeCrc;
        _checkAtEnd = checkAtEnd;
    }

    /// <inheritdoc />
    protected override int ReadCore(Span<byte> buffer)
    {
        int n = _inner.Read(buffer);
        if (_computeCrc) _crc = Crc32.Append(_crc, buffer[..n]);
        if (n == 0 && !buffer.IsEmpty && !_checked)
        {
            _checked = true;
            _checkAtEnd(Delivered, _crc);
        }
        return n;
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing) _inner.Dispose();
        base.Dispose(disposing);
    }
}
