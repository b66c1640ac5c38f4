using System.Collections;
using System.Threading.Channels;

namespace Backtest.PowerShell.Pipeline;

/// <summary>The worker side of <see cref="PipelineCmdlet.Drain"/>: thread-safe, never blocks.</summary>
public sealed class PipelineSink
{
    private readonly ChannelWriter<PipelineItem> _writer;

    internal PipelineSink(ChannelWriter<PipelineItem> writer) => _writer = writer;

    /// <summary>Writes an object to the pipeline.</summary>
    public void Output(object value) => _writer.TryWrite(new PipelineItem.Output(value));

    /// <summary>Writes each of <paramref name="values"/>, enumerating them lazily on the pipeline thread.</summary>
    public void OutputEach(IEnumerable values) => _writer.TryWrite(new PipelineItem.OutputEach(values));

    /// <summary>Reports progress.</summary>
    public void Progress(string status, int? percent) => _writer.TryWrite(new PipelineItem.Progress(status, percent));

    /// <summary>Writes a warning.</summary>
    public void Warning(string message) => _writer.TryWrite(new PipelineItem.Warning(message));

    /// <summary>Writes a non-terminating error (stable id from the failure's kind); the command goes on.</summary>
    public void Error(Engine.Errors.BacktestException exception) => _writer.TryWrite(new PipelineItem.Failure(exception));

    /// <summary>
    /// An engine progress callback that posts on the reporting thread, in order (unlike <see cref="Progress{T}"/>,
    /// which defers to the thread pool and may deliver a stale update after the last one).
    /// </summary>
    public IProgress<T> ProgressOf<T>(Func<T, string> status, Func<T, int?> percent) =>
        new ImmediateProgress<T>(value => Progress(status(value), percent(value)));

    private sealed class ImmediateProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
