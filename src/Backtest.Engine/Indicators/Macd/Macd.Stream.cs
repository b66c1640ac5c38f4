namespace Backtest.Engine.Indicators;

/// <summary>Streaming MACD: same numbers as <see cref="Macd.Series(ReadOnlySpan{double}, int, int, int)"/>.</summary>
public sealed class MacdStream : IIndicatorStream
{
    private MacdKernel _kernel;

    /// <summary>Creates a stream.</summary>
    public MacdStream(
        int fastPeriods = MacdParameters.DefaultFastPeriods, int slowPeriods = MacdParameters.DefaultSlowPeriods,
        int signalPeriods = MacdParameters.DefaultSignalPeriods) =>
        _kernel = new MacdKernel(new MacdParameters(fastPeriods, slowPeriods, signalPeriods));

    /// <inheritdoc />
    public int OutputCount => 5;

    /// <summary>Takes the next value.</summary>
    public MacdPoint Update(double value) => _kernel.Update(value);

    /// <inheritdoc />
    public void Update(in Bar bar, Span<double> outputs)
    {
        var point = _kernel.Update(bar.Close);
        outputs[0] = point.Macd;
        outputs[1] = point.Signal;
        outputs[2] = point.Histogram;
        outputs[3] = point.FastEma;
        outputs[4] = point.SlowEma;
    }
}
