namespace Backtest.Engine.Indicators;

/// <summary>Streaming rolling regression: same numbers as <see cref="Slope.Series(ReadOnlySpan{double}, int)"/>.</summary>
public sealed class SlopeStream(int lookbackPeriods = SlopeParameters.DefaultLookbackPeriods) : IIndicatorStream
{
    private SlopeKernel _kernel = new(new SlopeParameters(lookbackPeriods));

    /// <inheritdoc />
    public int OutputCount => 5;

    /// <summary>Takes the next value.</summary>
    public SlopePoint Update(double value) => _kernel.Update(value);

    /// <inheritdoc />
    public void Update(in Bar bar, Span<double> outputs)
    {
        var point = _kernel.Update(bar.Close);
        outputs[0] = point.Slope;
        outputs[1] = point.Intercept;
        outputs[2] = point.StdDev;
        outputs[3] = point.RSquared;
        outputs[4] = point.Line;
    }
}
