namespace Backtest.Engine.Indicators;

/// <summary>Streaming OBV: same numbers as <see cref="Obv.Series(Data.CandleSeries)"/>.</summary>
public sealed class ObvStream : IIndicatorStream
{
    private ObvKernel _kernel = new();

    /// <inheritdoc />
    public int OutputCount => 1;

    /// <summary>Takes the next bar; returns the OBV.</summary>
    public double Update(double close, double volume) => _kernel.Update(close, volume);

    /// <inheritdoc />
    public void Update(in Bar bar, Span<double> outputs) => outputs[0] = _kernel.Update(bar.Close, bar.Volume);
}
