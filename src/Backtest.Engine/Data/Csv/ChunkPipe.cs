using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace Backtest.Engine.Data.Csv;

/// <summary>
/// Hands a stream's bytes to the parser in large chunks. For big inputs a background task reads
/// (and so decompresses) the next chunks while the caller parses the current one, which keeps both
/// cores busy on a gzip file; small inputs are read inline. A failure in the background read is
/// rethrown, with its original type, from <see cref="TryTake"/> once the chunks before it are consumed.
/// </summary>
internal sealed class ChunkPipe : IDisposable
{
    private const int ChunkSize = 1 << 20;
    private const int ChunkCount = 4;

    private readonly Stream _source;
    private readonly CancellationToken _cancellationToken;
    private readonly BlockingCollection<(byte[] Buffer, int Length)>? _filled;
    private readonly BlockingCollection<byte[]>? _free;
    private readonly CancellationTokenSource? _stop;
    private readonly Task? _producer;
    private byte[]? _inline;
    private ExceptionDispatchInfo? _failure;
    private bool _ended;

    /// <summary>Starts reading <paramref name="source"/>; <paramref name="background"/> chooses the overlapped mode.</summary>
    public ChunkPipe(Stream source, bool background, CancellationToken cancellationToken)
    {
        _source = source;
        _cancellationToken = cancellationToken;
        if (!background) return;
        _filled = new BlockingCollection<(byte[], int)>(ChunkCount);
        _free = new BlockingCollection<byte[]>(ChunkCount);
        for (int i = 0; i < ChunkCount; i++) _free.Add(new byte[ChunkSize], CancellationToken.None);
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _producer = Task.Factory.StartNew(Produce, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>The next chunk, or false at the end of the data. Give each chunk back with <see cref="Return"/>.</summary>
    public bool TryTake(out byte[] buffer, out int length)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        if (_filled is null)
        {
            buffer = _inline ??= new byte[ChunkSize];
            length = _ended ? 0 : _source.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            _ended = length < buffer.Length;
            return length > 0;
        }
        if (_filled.TryTake(out var item, Timeout.Infinite, _cancellationToken))
        {
            (buffer, length) = item;
            return true;
        }
        _failure?.Throw();
        (buffer, length) = (Array.Empty<byte>(), 0);
        return false;
    }

    /// <summary>Gives a chunk's buffer back for reuse.</summary>
    public void Return(byte[] buffer)
    {
        if (_free is not null && buffer.Length == ChunkSize) _free.Add(buffer, CancellationToken.None);
    }

    private void Produce()
    {
        try
        {
            while (true)
            {
                var buffer = _free!.Take(_stop!.Token);
                int length = _source.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
                if (length > 0) _filled!.Add((buffer, length), _stop.Token);
                if (length < buffer.Length) break;
            }
        }
        catch (OperationCanceledException) when (_stop!.IsCancellationRequested)
        {
            // The consumer stopped early (an error or cancellation); it reports its own reason.
        }
#pragma warning disable CA1031 // Any read failure is handed to the consumer thread and rethrown there unchanged.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            _failure = ExceptionDispatchInfo.Capture(ex);
        }
        finally
        {
            _filled!.CompleteAdding();
        }
    }

    /// <summary>Stops the background reader and waits for it, so the source can be disposed safely.</summary>
    public void Dispose()
    {
        if (_producer is null) return;
        _stop!.Cancel();
        _producer.Wait(CancellationToken.None);
        _producer.Dispose();
        _stop.Dispose();
        _filled!.Dispose();
        _free!.Dispose();
    }
}
