namespace Backtest.Engine.Indicators;

/// <summary>Streaming TSI: same numbers as <see cref="Tsi.Series(ReadOnlySpan{double}, int, int, int)"/>.</summary>
public sealed class TsiStream(
    int lookbackPeriods = TsiParameters.DefaultLookbackPeriods, int smoothPeriods = TsiParameters.DefaultSmoothPeriods,
    int signalPeriods = TsiParameters.DefaultSignalPeriods) : IIndicatorStream
{
    private TsiKernel _kernel = new(new TsiParameters(lookbackPeriods, smoothPeriods, signalPeriods));

    /// <inheritdoc />
    public int OutputCount => 2;

    /// <summary>Takes the next value.</summary>
    public TsiPoint Update(double value) => _kernel.Update(value);

    /// <inheritdoc />
    public void Update(in Bar bar, Span<double> outputs)
    {
        var point = _kernel.Update(bar.Close);
        outputs[0] = point.Tsi;
        outputs[1] = point.Signal;
    }
}
