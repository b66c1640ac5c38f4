namespace Backtest.Engine.Indicators;

/// <summary>Streaming VWAP: same numbers as <see cref="Vwap.Series(Data.CandleSeries, DateTime?)"/>.</summary>
public sealed class VwapStream(DateTime? startTime = null) : IIndicatorStream
{
    private VwapKernel _kernel = new(new VwapParameters(startTime));

    /// <inheritdoc />
    public int OutputCount => 1;

    /// <summary>Takes the next bar; returns the VWAP, or NaN.</summary>
    public double Update(long openTimeMs, double high, double low, double close, double volume) =>
        _kernel.Update(openTimeMs, high, low, close, volume);

    /// <inheritdoc />
    public void Update(in Bar bar, Span<double> outputs) =>
        outputs[0] = _kernel.Update(bar.OpenTimeMs, bar.High, bar.Low, bar.Close, bar.Volume);
}
