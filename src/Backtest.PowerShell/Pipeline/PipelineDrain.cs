using System.Threading.Channels;

namespace Backtest.PowerShell.Pipeline;

/// <summary>
/// The pipeline-thread half of <see cref="PipelineCmdlet"/>, free of PowerShell types so it is tested without a
/// host: runs the work on the thread pool, writes what it posts on the calling thread, throttles progress to one
/// update per <see cref="ProgressInterval"/> (plus every 100 %) and completes it at the end.
/// </summary>
internal static class PipelineDrain
{
    /// <summary>The shortest time between two progress updates shown (four a second).</summary>
    public static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Runs <paramref name="work"/> and writes what it posts until it ends, then returns its failure (null on
    /// success). When writing throws (the downstream pipeline stopped, e.g. <c>Select-Object -First</c>), the work is
    /// cancelled and awaited before the exception propagates, so no download outlives the command.
    /// </summary>
    public static Exception? Run(Func<PipelineSink, CancellationToken, Task> work, CancellationTokenSource stop, IPipelineWriter writer, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(stop);
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(clock);
        var channel = Channel.CreateUnbounded<PipelineItem>(new UnboundedChannelOptions { SingleReader = true });
        var token = stop.Token;
        var task = Task.Run(async () =>
        {
            try { await work(new PipelineSink(channel.Writer), token).ConfigureAwait(false); }
            finally { channel.Writer.TryComplete(); }
        }, CancellationToken.None);

        DateTimeOffset? lastProgress = null;
        bool drained = false;
        try
        {
            foreach (var item in channel.Reader.ReadAllAsync(CancellationToken.None).ToBlockingEnumerable())
            {
                switch (item)
                {
                    case PipelineItem.Output output:
                        writer.Output(output.Value);
                        break;
                    case PipelineItem.OutputEach each:
                        foreach (object? value in each.Values) if (value is not null) writer.Output(value);
                        break;
                    case PipelineItem.Progress p when p.Percent == 100 || lastProgress is null || clock.GetUtcNow() - lastProgress >= ProgressInterval:
                        writer.Progress(p.Status, p.Percent);
                        lastProgress = clock.GetUtcNow();
                        break;
                    case PipelineItem.Warning w:
                        writer.Warning(w.Message);
                        break;
                    case PipelineItem.Failure f:
                        writer.Error(f.Exception);
                        break;
                }
            }
            drained = true;
        }
        finally
        {
            if (!drained) stop.Cancel();
            Task.WhenAny(task).GetAwaiter().GetResult(); // waits without throwing: the work's outcome is returned below
        }
        if (lastProgress is not null) writer.ProgressCompleted();
        return task.IsCompletedSuccessfully ? null : task.Exception?.InnerException ?? new OperationCanceledException(token);
    }
}
