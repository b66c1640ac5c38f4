namespace Backtest.Engine.Indicators;

/// <summary>Streaming Heikin-Ashi candles: same numbers as <see cref="HeikinAshi.Series(Data.CandleSeries)"/>.</summary>
public sealed class HeikinAshiStream : IIndicatorStream
{
    private HeikinAshiKernel _kernel = new();

    /// <inheritdoc />
    public int OutputCount => 5;

    /// <summary>Takes the next bar.</summary>
    public HeikinAshiPoint Update(double open, double high, double low, double close, double volume) =>
        _kernel.Update(open, high, low, close, volume);

    /// <inheritdoc />
    public void Update(in Bar bar, Span<double> outputs)
    {
        var point = _kernel.Update(bar.Open, bar.High, bar.Low, bar.Close, bar.Volume);
        outputs[0] = point.Open;
        outputs[1] = point.High;
        outputs[2] = point.Low;
        outputs[3] = point.Close;
        outputs[4] = point.Volume;
    }
}
