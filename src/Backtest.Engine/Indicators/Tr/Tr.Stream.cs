namespace Backtest.Engine.Indicators;

/// <summary>Streaming true range: same numbers as <see cref="Tr.Series(Data.CandleSeries)"/>.</summary>
public sealed class TrStream : IIndicatorStream
{
    private TrKernel _kernel = new();

    /// <inheritdoc />
    public int OutputCount => 1;

    /// <summary>Takes the next bar; returns its true range (NaN on the first).</summary>
    public double Update(double high, double low, double close) => _kernel.Update(high, low, close);

    /// <inheritdoc />
    public void Update(in Bar bar, Span<double> outputs) => outputs[0] = _kernel.Update(bar.High, bar.Low, bar.Close);
}
