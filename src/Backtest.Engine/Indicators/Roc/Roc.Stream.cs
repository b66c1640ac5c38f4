namespace Backtest.Engine.Indicators;

/// <summary>Streaming ROC: same numbers as <see cref="Roc.Series(ReadOnlySpan{double}, int)"/>.</summary>
public sealed class RocStream(int lookbackPeriods = RocParameters.DefaultLookbackPeriods) : IIndicatorStream
{
    private RocKernel _kernel = new(new RocParameters(lookbackPeriods));

    /// <inheritdoc />
    public int OutputCount => 2;

    /// <summary>Takes the next value.</summary>
    public RocPoint Update(double value) => _kernel.Update(value);

    /// <inheritdoc />
    public void Update(in Bar bar, Span<double> outputs)
    {
        var point = _kernel.Update(bar.Close);
        outputs[0] = point.Momentum;
        outputs[1] = point.Roc;
    }
}
