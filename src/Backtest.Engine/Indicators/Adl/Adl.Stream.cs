namespace Backtest.Engine.Indicators;

/// <summary>Streaming ADL: same numbers as <see cref="Adl.Series(Data.CandleSeries)"/>.</summary>
public sealed class AdlStream : IIndicatorStream
{
    private AdlKernel _kernel;

    /// <inheritdoc />
    public int OutputCount => 3;

    /// <summary>Takes the next bar.</summary>
    public AdlPoint Update(double high, double low, double close, double volume) => _kernel.Update(high, low, close, volume);

    /// <inheritdoc />
    public void Update(in Bar bar, Span<double> outputs)
    {
        var point = _kernel.Update(bar.High, bar.Low, bar.Close, bar.Volume);
        outputs[0] = point.Adl;
        outputs[1] = point.MoneyFlowMultiplier;
        outputs[2] = point.MoneyFlowVolume;
    }
}
