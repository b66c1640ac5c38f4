using System.Management.Automation;
using Backtest.Engine.Errors;

namespace Backtest.PowerShell.Pipeline;

/// <summary>
/// Base for cmdlets that call an async engine entry point. The engine runs on the thread pool and posts results
/// and progress to a channel; the pipeline thread drains it (<see cref="PipelineDrain"/>), so every Write* happens
/// on the pipeline thread as PowerShell requires. Progress is throttled to four updates a second and completed at
/// the end; Ctrl+C (<see cref="StopProcessing"/>) cancels the token the engine honours, and so does a downstream
/// command that stops the pipeline early.
/// </summary>
public abstract class PipelineCmdlet : PSCmdlet, IDisposable, IPipelineWriter
{
    private static int s_lastActivityId;
    private readonly CancellationTokenSource _stop = new();
    private string _activity = "";
    private ProgressRecord? _progress;
    private bool _disposed;

    /// <summary>Cancelled when the user presses Ctrl+C or the pipeline stops.</summary>
    protected CancellationToken CancellationToken => _stop.Token;

    /// <inheritdoc />
    protected override void StopProcessing() => _stop.Cancel();

    /// <summary>
    /// Runs <paramref name="work"/> on the thread pool and writes what it posts, on this thread, until it ends.
    /// Engine failures become ErrorRecords with stable ids (<see cref="ErrorIds"/>) targeting the symbol, file or
    /// parameter at fault: terminating when <paramref name="terminating"/>, else written so the pipeline goes on
    /// with the next input. Anything else is a bug and terminates as <see cref="ErrorIds.Unexpected"/>.
    /// </summary>
    protected void Drain(string activity, Func<PipelineSink, CancellationToken, Task> work, bool terminating = false)
    {
        _activity = activity;
        _progress = null;
        var failure = PipelineDrain.Run(work, _stop, this, TimeProvider.System);
        if (failure is null || (failure is OperationCanceledException && _stop.IsCancellationRequested)) return;
        var record = ErrorIds.ToRecord(failure);
        if (terminating || failure is not BacktestException) ThrowTerminatingError(record);
        else WriteError(record);
    }

    /// <summary>
    /// A path as the engine must see it: relative to PowerShell's current location (not the process's working
    /// folder, which Set-Location does not move) with <c>~</c> expanded. Unchanged where there is no session (tests).
    /// </summary>
    protected string FileSystemPath(string path) => SessionState?.Path.GetUnresolvedProviderPathFromPSPath(path) ?? path;

    /// <summary>Like <see cref="FileSystemPath"/>, but a wildcard pattern expands to every file it matches.</summary>
    protected IReadOnlyList<string> FileSystemPaths(string path) =>
        SessionState is not null && WildcardPattern.ContainsWildcardCharacters(path)
            ? [.. SessionState.Path.GetResolvedProviderPathFromPSPath(path, out _)]
            : [FileSystemPath(path)];

    void IPipelineWriter.Output(object value) => WriteObject(value);

    void IPipelineWriter.Warning(string message) => WriteWarning(message);

    void IPipelineWriter.Error(BacktestException exception) => WriteError(ErrorIds.ToRecord(exception));

    void IPipelineWriter.Progress(string status, int? percent)
    {
        _progress ??= new ProgressRecord(Interlocked.Increment(ref s_lastActivityId), _activity, status);
        _progress.StatusDescription = status;
        _progress.PercentComplete = percent ?? -1;
        WriteProgress(_progress);
    }

    void IPipelineWriter.ProgressCompleted()
    {
        if (_progress is null) return;
        _progress.RecordType = ProgressRecordType.Completed;
        WriteProgress(_progress);
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
