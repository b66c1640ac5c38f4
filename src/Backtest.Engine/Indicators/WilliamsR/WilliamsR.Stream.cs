namespace Backtest.Engine.Indicators;

/// <summary>Streaming Williams %R: same numbers as <see cref="WilliamsR.Series(Data.CandleSeries, int)"/>.</summary>
public sealed class WilliamsRStream(int lookbackPeriods = WilliamsRParameters.DefaultLookbackPeriods) : IIndicatorStream
{
    private WilliamsRKernel _kernel = new(new WilliamsRParameters(lookbackPeriods));

    /// <inheritdoc />
    public int OutputCount => 1;

    /// <summary>Takes the next bar; returns %R, or NaN during warm-up.</summary>
    public double Update(double high, double low, double close) => _kernel.Update(high, low, close);

    /// <inheritdoc />
    public void Update(in Bar bar, Span<double> outputs) => outputs[0] = _kernel.Update(bar.High, bar.Low, bar.Close);
}
