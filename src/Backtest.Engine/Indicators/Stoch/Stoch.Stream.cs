namespace Backtest.Engine.Indicators;

/// <summary>Streaming stochastic oscillator: same numbers as <see cref="Stoch.Series(Data.CandleSeries, int, int, int)"/>.</summary>
public sealed class StochStream : IIndicatorStream
{
    private StochKernel _kernel;

    /// <summary>Creates a stream.</summary>
    public StochStream(
        int lookbackPeriods = StochParameters.DefaultLookbackPeriods, int signalPeriods = StochParameters.DefaultSignalPeriods,
        int smoothPeriods = StochParameters.DefaultSmoothPeriods) =>
        _kernel = new StochKernel(new StochParameters(lookbackPeriods, signalPeriods, smoothPeriods));

    /// <inheritdoc />
    public int OutputCount => 3;

    /// <summary>Takes the next bar.</summary>
    public StochPoint Update(double high, double low, double close) => _kernel.Update(high, low, close);

    /// <inheritdoc />
    public void Update(in Bar bar, Span<double> outputs)
    {
        var point = _kernel.Update(bar.High, bar.Low, bar.Close);
        outputs[0] = point.Oscillator;
        outputs[1] = point.Signal;
        outputs[2] = point.PercentJ;
    }
}
