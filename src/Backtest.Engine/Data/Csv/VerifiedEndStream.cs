namespace Backtest.Engine.Data.Csv;

/// <summary>
/// A pass-through over decompressed data that runs a check once the data ends. The runtime's inflater
/// ends quietly when compressed input is cut short; the check (gzip ISIZE, zip entry length) turns that
/// into an <see cref="InvalidDataException"/> instead of a silently shorter file.
/// </summary>
internal sealed class VerifiedEndStream : ReadOnlyStream
{
    private readonly Stream _inner;
    private readonly Action<long> _checkAtEnd;
    private bool _checked;

    /// <summary>Wraps <paramref name="inner"/> (disposed with this stream); <paramref name="checkAtEnd"/> gets the byte count.</summary>
    public VerifiedEndStream(Stream inner, Action<long> checkAtEnd)
    {
        _inner = inner;
        _checkAtEnd = checkAtEnd;
    }

    /// <inheritdoc />
    protected override int ReadCore(Span<byte> buffer)
    {
        int n = _inner.Read(buffer);
        if (n == 0 && !buffer.IsEmpty && !_checked)
        {
            _checked = true;
            _checkAtEnd(Delivered);
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
