namespace Backtest.Engine.Indicators;

/// <summary>Streaming CCI: same numbers as <see cref="Cci.Series(Data.CandleSeries, int)"/>.</summary>
public sealed class CciStream(int lookbackPeriods = CciParameters.DefaultLookbackPeriods) : IIndicatorStream
{
    private CciKernel _kernel = new(new CciParameters(lookbackPeriods));

    /// <inheritdoc />
    public int OutputCount => 1;

    /// <summary>Takes the next bar; returns the CCI, or NaN.</summary>
    public double Update(double high, double low, double close) => _kernel.Update(high, low, close);

    /// <inheritdoc />
    public void Update(in Bar bar, Span<double> outputs) => outputs[0] = _kernel.Update(bar.High, bar.Low, bar.Close);
}
