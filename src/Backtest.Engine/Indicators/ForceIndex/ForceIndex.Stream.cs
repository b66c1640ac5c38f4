namespace Backtest.Engine.Indicators;

/// <summary>Streaming force index: same numbers as <see cref="ForceIndex.Series(Data.CandleSeries, int)"/>.</summary>
public sealed class ForceIndexStream(int lookbackPeriods = ForceIndexParameters.DefaultLookbackPeriods) : IIndicatorStream
{
    private ForceIndexKernel _kernel = new(new ForceIndexParameters(lookbackPeriods));

    /// <inheritdoc />
    public int OutputCount => 1;

    /// <summary>Takes the next bar; returns the force index, or NaN.</summary>
    public double Update(double close, double volume) => _kernel.Update(close, volume);

    /// <inheritdoc />
    public void Update(in Bar bar, Span<double> outputs) => outputs[0] = _kernel.Update(bar.Close, bar.Volume);
}
