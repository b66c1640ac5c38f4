namespace Backtest.PowerShell.Pipeline;

/// <summary>Where <see cref="PipelineDrain"/> writes, always on the thread that called it (a cmdlet's Write* methods).</summary>
internal interface IPipelineWriter
{
    /// <summary>Writes one object to the pipeline.</summary>
    void Output(object value);

    /// <summary>Writes a warning.</summary>
    void Warning(string message);

    /// <summary>Writes a non-terminating error for one failed item; the command goes on.</summary>
    void Error(Engine.Errors.BacktestException exception);

    /// <summary>Shows progress; <paramref name="percent"/> null means unknown.</summary>
    void Progress(string status, int? percent);

    /// <summary>Marks the progress shown so far as completed.</summary>
    void ProgressCompleted();
}
