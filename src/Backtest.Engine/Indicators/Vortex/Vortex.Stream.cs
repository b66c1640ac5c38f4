namespace Backtest.Engine.Indicators;

/// <summary>Streaming vortex indicator: same numbers as <see cref="Vortex.Series(Data.CandleSeries, int)"/>.</summary>
public sealed class VortexStream(int lookbackPeriods = VortexParameters.DefaultLookbackPeriods) : IIndicatorStream
{
    private VortexKernel _kernel = new(new VortexParameters(lookbackPeriods));

    /// <inheritdoc />
    public int OutputCount => 2;

    /// <summary>Takes the next bar.</summary>
    public VortexPoint Update(double high, double low, double close) => _kernel.Update(high, low, close);

    /// <inheritdoc />
    public void Update(in Bar bar, Span<double> outputs)
    {
        var point = _kernel.Update(bar.High, bar.Low, bar.Close);
        outputs[0] = point.Pvi;
        outputs[1] = point.Nvi;
    }
}
