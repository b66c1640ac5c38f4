namespace Backtest.Engine.Indicators;

/// <summary>Streaming VWMA: same numbers as <see cref="Vwma.Series(Data.CandleSeries, int)"/>.</summary>
public sealed class VwmaStream(int lookbackPeriods = VwmaParameters.DefaultLookbackPeriods) : IIndicatorStream
{
    private VwmaKernel _kernel = new(new VwmaParameters(lookbackPeriods));

    /// <inheritdoc />
    public int OutputCount => 1;

    /// <summary>Takes the next bar; returns the VWMA, or NaN.</summary>
    public double Update(double close, double volume) => _kernel.Update(close, volume);

    /// <inheritdoc />
    public void Update(in Bar bar, Span<double> outputs) => outputs[0] = _kernel.Update(bar.Close, bar.Volume);
}
