using System.Diagnostics;
using System.Management.Automation;
using System.Threading.Channels;
using Backtest.Engine.Errors;

namespace Backtest.PowerShell.Pipeline;

/// <summary>
/// Base for cmdlets that call an async engine entry point. The engine runs on the thread pool and posts
/// results and progress to a channel; the pipeline thread drains it, so every Write* happens on the pipeline
/// thread as PowerShell requires. Progress is throttled to four updates a second and completed at the end;
/// Ctrl+C (<see cref="StopProcessing"/>) cancels the token the engine honours.
/// </summary>
public abstract class PipelineCmdlet : PSCmdlet, IDisposable
{
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(250);
    private readonly CancellationTokenSource _stop = new();
    private bool _disposed;

    /// <summary>Cancelled when the user presses Ctrl+C or the pipeline stops.</summary>
    protected CancellationToken CancellationToken => _stop.Token;

    /// <inheritdoc />
    protected override void StopProcessing() => _stop.Cancel();

    /// <summary>
    /// Runs <paramref name="work"/> on the thread pool and writes what it posts, on this thread, until it ends.
    /// Engine failures become ErrorRecords with stable ids: terminating when <paramref name="terminating"/>,
    /// else written and the pipeline continues with the next input.
    /// </summary>
    protected void Drain(string activity, Func<PipelineSink, CancellationToken, Task> work, bool terminating = false)
    {
        ArgumentNullException.ThrowIfNull(work);
        var channel = Channel.CreateUnbounded<PipelineItem>(new UnboundedChannelOptions { SingleReader = true });
        var sink = new PipelineSink(channel.Writer);
        var task = Task.Run(async () =>
        {
            try { await work(sink, _stop.Token).ConfigureAwait(false); }
            finally { channel.Writer.TryComplete(); }
        });
        var progress = new ProgressRecord(Math.Abs(activity.GetHashCode(StringComparison.Ordinal)) % 100000, activity, "starting");
        var lastProgress = Stopwatch.StartNew();
        bool progressShown = false;
        foreach (var item in channel.Reader.ReadAllAsync(CancellationToken.None).ToBlockingEnumerable())
        {
            switch (item)
            {
                case PipelineItem.Output output:
                    WriteObject(output.Value);
                    break;
                case PipelineItem.Progress p when lastProgress.Elapsed >= ProgressInterval || p.Percent == 100:
                    progress.StatusDescription = p.Status;
                    progress.PercentComplete = p.Percent ?? -1;
                    WriteProgress(progress);
                    progressShown = true;
                    lastProgress.Restart();
                    break;
                case PipelineItem.Warning w:
                    WriteWarning(w.Message);
                    break;
                case PipelineItem.Failure f:
                    WriteError(ErrorIds.ToRecord(f.Exception));
                    break;
            }
        }
        if (progressShown)
        {
            progress.RecordType = ProgressRecordType.Completed;
            WriteProgress(progress);
        }
        try
        {
            task.GetAwaiter().GetResult();
        }
        catch (BacktestException ex)
        {
            var record = ErrorIds.ToRecord(ex);
            if (terminating) ThrowTerminatingError(record); else WriteError(record);
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // Ctrl+C: PowerShell is already stopping the pipeline; nothing half-done was kept by the engine.
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the cancellation source.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (_disposed) return;
        if (disposing) _stop.Dispose();
        _disposed = true;
    }
}
