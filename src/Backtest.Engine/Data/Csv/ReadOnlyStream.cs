namespace Backtest.Engine.Data.Csv;

/// <summary>Base for the forward-only, read-only wrappers the CSV reader stacks over its input.</summary>
internal abstract class ReadOnlyStream : Stream
{
    private long _position;

    /// <summary>Bytes delivered so far.</summary>
    protected long Delivered => _position;

    /// <summary>Reads from the wrapped stream; implementations do their bookkeeping here.</summary>
    protected abstract int ReadCore(Span<byte> buffer);

    /// <inheritdoc />
    public sealed override int Read(Span<byte> buffer)
    {
        int n = ReadCore(buffer);
        _position += n;
        return n;
    }

    /// <inheritdoc />
    public sealed override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <inheritdoc />
    public sealed override bool CanRead => true;

    /// <inheritdoc />
    public sealed override bool CanSeek => false;

    /// <inheritdoc />
    public sealed override bool CanWrite => false;

    /// <inheritdoc />
    public sealed override long Length => throw new NotSupportedException();

    /// <inheritdoc />
    public sealed override long Position { get => _position; set => throw new NotSupportedException(); }

    /// <inheritdoc />
    public sealed override void Flush()
    {
    }

    /// <inheritdoc />
    public sealed override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc />
    public sealed override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc />
    public sealed override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
