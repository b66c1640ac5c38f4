namespace Backtest.Engine.Indicators;

/// <summary>Streaming MFI: same numbers as <see cref="Mfi.Series(Data.CandleSeries, int)"/>.</summary>
public sealed class MfiStream(int lookbackPeriods = MfiParameters.DefaultLookbackPeriods) : IIndicatorStream
{
    private MfiKernel _kernel = new(new MfiParameters(lookbackPeriods));

    /// <inheritdoc />
    public int OutputCount => 1;

    /// <summary>Takes the next bar; returns the MFI.</summary>
    public double Update(double high, double low, double close, double volume) => _kernel.Update(high, low, close, volume);

    /// <inheritdoc />
    public void Update(in Bar bar, Span<double> outputs) => outputs[0] = _kernel.Update(bar.High, bar.Low, bar.Close, bar.Volume);
}
