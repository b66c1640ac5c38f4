namespace Backtest.Engine.Indicators;

/// <summary>Streaming ATR: same numbers as <see cref="Atr.Series(Data.CandleSeries, int)"/>.</summary>
public sealed class AtrStream(int lookbackPeriods = AtrParameters.DefaultLookbackPeriods) : IIndicatorStream
{
    private AtrKernel _kernel = new(new AtrParameters(lookbackPeriods));

    /// <inheritdoc />
    public int OutputCount => 3;

    /// <summary>Takes the next bar.</summary>
    public AtrPoint Update(double high, double low, double close) => _kernel.Update(high, low, close);

    /// <inheritdoc />
    public void Update(in Bar bar, Span<double> outputs)
    {
        var point = _kernel.Update(bar.High, bar.Low, bar.Close);
        outputs[0] = point.Tr;
        outputs[1] = point.Atr;
        outputs[2] = point.Atrp;
    }
}
