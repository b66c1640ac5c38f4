namespace Backtest.Engine.Indicators;

/// <summary>Streaming standard deviation: same numbers as <see cref="StdDev.Series(ReadOnlySpan{double}, int)"/>.</summary>
public sealed class StdDevStream(int lookbackPeriods = StdDevParameters.DefaultLookbackPeriods) : IIndicatorStream
{
    private StdDevKernel _kernel = new(new StdDevParameters(lookbackPeriods));

    /// <inheritdoc />
    public int OutputCount => 3;

    /// <summary>Takes the next value.</summary>
    public StdDevPoint Update(double value) => _kernel.Update(value);

    /// <inheritdoc />
    public void Update(in Bar bar, Span<double> outputs)
    {
        var point = _kernel.Update(bar.Close);
        outputs[0] = point.StdDev;
        outputs[1] = point.Mean;
        outputs[2] = point.ZScore;
    }
}
