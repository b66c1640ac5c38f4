namespace Backtest.Engine.Indicators;

/// <summary>Streaming stochastic RSI: same numbers as <see cref="StochRsi.Series(ReadOnlySpan{double}, int, int, int, int)"/>.</summary>
public sealed class StochRsiStream : IIndicatorStream
{
    private StochRsiKernel _kernel;

    /// <summary>Creates a stream.</summary>
    public StochRsiStream(
        int rsiPeriods = StochRsiParameters.DefaultRsiPeriods, int stochPeriods = StochRsiParameters.DefaultStochPeriods,
        int signalPeriods = StochRsiParameters.DefaultSignalPeriods, int smoothPeriods = StochRsiParameters.DefaultSmoothPeriods) =>
        _kernel = new StochRsiKernel(new StochRsiParameters(rsiPeriods, stochPeriods, signalPeriods, smoothPeriods));

    /// <inheritdoc />
    public int OutputCount => 2;

    /// <summary>Takes the next value.</summary>
    public StochRsiPoint Update(double value) => _kernel.Update(value);

    /// <inheritdoc />
    public void Update(in Bar bar, Span<double> outputs)
    {
        var point = _kernel.Update(bar.Close);
        outputs[0] = point.StochRsi;
        outputs[1] = point.Signal;
    }
}
