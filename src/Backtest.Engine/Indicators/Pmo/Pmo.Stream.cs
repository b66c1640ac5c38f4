namespace Backtest.Engine.Indicators;

/// <summary>Streaming PMO: same numbers as <see cref="Pmo.Series(ReadOnlySpan{double}, int, int, int)"/>.</summary>
public sealed class PmoStream(
    int timePeriods = PmoParameters.DefaultTimePeriods, int smoothPeriods = PmoParameters.DefaultSmoothPeriods,
    int signalPeriods = PmoParameters.DefaultSignalPeriods) : IIndicatorStream
{
    private PmoKernel _kernel = new(new PmoParameters(timePeriods, smoothPeriods, signalPeriods));

    /// <inheritdoc />
    public int OutputCount => 2;

    /// <summary>Takes the next value.</summary>
    public PmoPoint Update(double value) => _kernel.Update(value);

    /// <inheritdoc />
    public void Update(in Bar bar, Span<double> outputs)
    {
        var point = _kernel.Update(bar.Close);
        outputs[0] = point.Pmo;
        outputs[1] = point.Signal;
    }
}
