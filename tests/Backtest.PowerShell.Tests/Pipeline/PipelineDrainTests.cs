using Backtest.Engine.Errors;
using Backtest.PowerShell.Pipeline;

namespace Backtest.PowerShell.Tests.Pipeline;

/// <summary>
/// The plumbing every async cmdlet shares: worker output written in order on the pipeline thread, progress
/// throttled and completed, failures returned, and the work cancelled when the pipeline stops under it.
/// </summary>
public sealed class PipelineDrainTests
{
    /// <summary>Records what a cmdlet would write, and on which thread.</summary>
    private sealed class RecordingWriter(Func<object, bool>? acceptOutput = null) : IPipelineWriter
    {
        public List<string> Written { get; } = [];
        public HashSet<int> Threads { get; } = [];

        public void Output(object value)
        {
            Record($"out:{value}");
            if (acceptOutput?.Invoke(value) == false) throw new InvalidOperationException("downstream stopped");
        }

        public void Warning(string message) => Record($"warn:{message}");
        public void Error(BacktestException exception) => Record($"error:{exception.Kind}:{exception.Target}");
        public void Progress(string status, int? percent) => Record($"progress:{status}:{percent}");
        public void ProgressCompleted() => Record("progress:done");

        private void Record(string entry)
        {
            Written.Add(entry);
            Threads.Add(Environment.CurrentManagedThreadId);
        }
    }

    private static readonly FixedClock Clock = new(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Posts_AreWrittenInOrderOnTheCallingThread()
    {
        var writer = new RecordingWriter();
        using var stop = new CancellationTokenSource();
        var failure = PipelineDrain.Run(async (sink, ct) =>
        {
            sink.Output(1);
            await Task.Yield();
            sink.Warning("careful");
            sink.OutputEach(Enumerable.Range(2, 3));
            sink.Output(5);
        }, stop, writer, Clock);

        Assert.Null(failure);
        Assert.Equal(["out:1", "warn:careful", "out:2", "out:3", "out:4", "out:5"], writer.Written);
        Assert.Equal([Environment.CurrentManagedThreadId], writer.Threads);
    }

    [Fact]
    public void Failure_IsWrittenAsANonTerminatingErrorAndTheWorkGoesOn()
    {
        var writer = new RecordingWriter();
        using var stop = new CancellationTokenSource();
        var failure = PipelineDrain.Run(async (sink, ct) =>
        {
            sink.Output(1);
            await Task.Yield();
            sink.Error(new BacktestException(ErrorKind.UnknownSymbol, "no such symbol", "FOOUSDT"));
            sink.Output(2);
        }, stop, writer, Clock);

        Assert.Null(failure);
        Assert.Equal(["out:1", "error:UnknownSymbol:FOOUSDT", "out:2"], writer.Written);
    }

    [Fact]
    public void OutputEach_IsEnumeratedLazilyOnTheCallingThread()
    {
        var enumeratedOn = new List<int>();
        IEnumerable<int> Rows()
        {
            for (int i = 0; i < 3; i++)
            {
                enumeratedOn.Add(Environment.CurrentManagedThreadId);
                yield return i;
            }
        }
        using var stop = new CancellationTokenSource();
        PipelineDrain.Run((sink, ct) => { sink.OutputEach(Rows()); return Task.CompletedTask; }, stop, new RecordingWriter(), Clock);
        Assert.Equal(Enumerable.Repeat(Environment.CurrentManagedThreadId, 3), enumeratedOn);
    }

    [Fact]
    public void Progress_IsThrottledThenCompleted()
    {
        var writer = new RecordingWriter();
        using var stop = new CancellationTokenSource();
        PipelineDrain.Run((sink, ct) =>
        {
            var progress = sink.ProgressOf<int>(i => $"step {i}", i => i);
            for (int i = 1; i <= 100; i++) progress.Report(i);
            return Task.CompletedTask;
        }, stop, writer, Clock);

        // The clock stands still, so after the first update only the 100 % one is due.
        Assert.Equal(["progress:step 1:1", "progress:step 100:100", "progress:done"], writer.Written);
    }

    [Fact]
    public void Progress_ShowsAgainOnceTheIntervalHasPassed()
    {
        var writer = new RecordingWriter();
        var clock = new FixedClock(Clock.Now);
        using var stop = new CancellationTokenSource();
        using var shown = new SemaphoreSlim(0);
        PipelineDrain.Run(async (sink, ct) =>
        {
            sink.Progress("a", 10);
            sink.Output("tick");
            await shown.WaitAsync(ct);
            sink.Progress("b", 20);
            sink.Progress("c", 30);
        }, stop, new CallbackWriter(writer, value =>
        {
            clock.Now += PipelineDrain.ProgressInterval;
            shown.Release();
        }), clock);

        Assert.Equal(["progress:a:10", "out:tick", "progress:b:20", "progress:done"], writer.Written);
    }

    [Fact]
    public void NoProgress_WritesNoCompletion()
    {
        var writer = new RecordingWriter();
        using var stop = new CancellationTokenSource();
        PipelineDrain.Run((sink, ct) => { sink.Output("x"); return Task.CompletedTask; }, stop, writer, Clock);
        Assert.Equal(["out:x"], writer.Written);
    }

    [Fact]
    public void WorkFailure_IsReturnedAfterWhatItPostedBefore()
    {
        var writer = new RecordingWriter();
        using var stop = new CancellationTokenSource();
        var failure = PipelineDrain.Run((sink, ct) =>
        {
            sink.Output("first");
            throw new BacktestException(ErrorKind.UnknownSymbol, "no such symbol", "NOPEUSDT");
        }, stop, writer, Clock);

        var error = Assert.IsType<BacktestException>(failure);
        Assert.Equal("NOPEUSDT", error.Target);
        Assert.Equal(["out:first"], writer.Written);
    }

    [Fact]
    public void WriterFailure_CancelsTheWorkAndWaitsForItBeforePropagating()
    {
        // What Select-Object -First does: the downstream command throws out of WriteObject.
        var writer = new RecordingWriter(value => (int)value < 3);
        using var stop = new CancellationTokenSource();
        bool workEnded = false;
        var error = Assert.Throws<InvalidOperationException>(() => PipelineDrain.Run(async (sink, ct) =>
        {
            try
            {
                for (int i = 1; ; i++)
                {
                    sink.Output(i);
                    await Task.Delay(5, ct);
                }
            }
            finally
            {
                workEnded = true;
            }
        }, stop, writer, Clock));

        Assert.Equal("downstream stopped", error.Message);
        Assert.True(stop.IsCancellationRequested);
        Assert.True(workEnded, "the work must have ended before the command returns");
        Assert.Equal(["out:1", "out:2", "out:3"], writer.Written);
    }

    [Fact]
    public void Stop_CancelsTheWorkWhichEndsAsCancelled()
    {
        var writer = new RecordingWriter();
        using var stop = new CancellationTokenSource();
        var failure = PipelineDrain.Run(async (sink, ct) =>
        {
            sink.Output("started");
            await stop.CancelAsync(); // what StopProcessing does on Ctrl+C, from another thread
            await Task.Delay(Timeout.Infinite, ct);
        }, stop, writer, Clock);

        Assert.IsAssignableFrom<OperationCanceledException>(failure);
        Assert.Equal(["out:started"], writer.Written);
    }

    /// <summary>A writer that calls back after each output, on the pipeline thread.</summary>
    private sealed class CallbackWriter(RecordingWriter inner, Action<object> afterOutput) : IPipelineWriter
    {
        public void Output(object value)
        {
            inner.Output(value);
            afterOutput(value);
        }

        public void Warning(string message) => inner.Warning(message);
        public void Error(BacktestException exception) => inner.Error(exception);
        public void Progress(string status, int? percent) => inner.Progress(status, percent);
        public void ProgressCompleted() => inner.ProgressCompleted();
    }
}
