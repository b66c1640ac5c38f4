namespace Backtest.Engine.Indicators;

/// <summary>Streaming CMF: same numbers as <see cref="Cmf.Series(Data.CandleSeries, int)"/>.</summary>
public sealed class CmfStream(int lookbackPeriods = CmfParameters.DefaultLookbackPeriods) : IIndicatorStream
{
    private CmfKernel _kernel = new(new CmfParameters(lookbackPeriods));

    /// <inheritdoc />
    public int OutputCount => 3;

    /// <summary>Takes the next bar.</summary>
    public CmfPoint Update(double high, double low, double close, double volume) => _kernel.Update(high, low, close, volume);

    /// <inheritdoc />
    public void Update(in Bar bar, Span<double> outputs)
    {
        var point = _kernel.Update(bar.High, bar.Low, bar.Close, bar.Volume);
        outputs[0] = point.MoneyFlowMultiplier;
        outputs[1] = point.MoneyFlowVolume;
        outputs[2] = point.Cmf;
    }
}
