using System.Collections;

namespace Backtest.PowerShell.Pipeline;

/// <summary>What a worker posts to the pipeline thread.</summary>
public abstract record PipelineItem
{
    private PipelineItem() { }

    /// <summary>An object to write to the pipeline.</summary>
    public sealed record Output(object Value) : PipelineItem;

    /// <summary>
    /// Objects to write one by one, enumerated lazily on the pipeline thread: a million candles of a columnar series
    /// become row objects only as the pipeline takes them, never all at once in the channel.
    /// </summary>
    public sealed record OutputEach(IEnumerable Values) : PipelineItem;

    /// <summary>A progress update; Percent null means unknown.</summary>
    public sealed record Progress(string Status, int? Percent) : PipelineItem;

    /// <summary>A warning to show (e.g. a data-quality finding under the Warn policy).</summary>
    public sealed record Warning(string Message) : PipelineItem;

    /// <summary>A non-terminating error: one item failed and the command goes on with the rest.</summary>
    public sealed record Failure(Engine.Errors.BacktestException Exception) : PipelineItem;
}
