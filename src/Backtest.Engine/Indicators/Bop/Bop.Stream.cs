namespace Backtest.Engine.Indicators;

/// <summary>Streaming balance of power: same numbers as <see cref="Bop.Series(Data.CandleSeries, int)"/>.</summary>
public sealed class BopStream(int smoothPeriods = BopParameters.DefaultSmoothPeriods) : IIndicatorStream
{
    private BopKernel _kernel = new(new BopParameters(smoothPeriods));

    /// <inheritdoc />
    public int OutputCount => 1;

    /// <summary>Takes the next bar; returns the balance of power, or NaN.</summary>
    public double Update(double open, double high, double low, double close) => _kernel.Update(open, high, low, close);

    /// <inheritdoc />
    public void Update(in Bar bar, Span<double> outputs) => outputs[0] = _kernel.Update(bar.Open, bar.High, bar.Low, bar.Close);
}
