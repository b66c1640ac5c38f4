namespace Backtest.Engine.Indicators;

/// <summary>Streaming SuperTrend: same numbers as <see cref="SuperTrend.Series(Data.CandleSeries, int, double)"/>.</summary>
public sealed class SuperTrendStream(
    int lookbackPeriods = SuperTrendParameters.DefaultLookbackPeriods, double multiplier = SuperTrendParameters.DefaultMultiplier)
    : IIndicatorStream
{
    private SuperTrendKernel _kernel = new(new SuperTrendParameters(lookbackPeriods, multiplier));

    /// <inheritdoc />
    public int OutputCount => 2;

    /// <summary>Takes the next bar.</summary>
    public SuperTrendPoint Update(double high, double low, double close) => _kernel.Update(high, low, close);

    /// <inheritdoc />
    public void Update(in Bar bar, Span<double> outputs)
    {
        var point = _kernel.Update(bar.High, bar.Low, bar.Close);
        outputs[0] = point.SuperTrend;
        outputs[1] = point.Direction;
    }
}
