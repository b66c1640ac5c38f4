namespace Backtest.Engine.Indicators;

/// <summary>Streaming detrended price oscillator: same numbers as <see cref="Dpo.Series(ReadOnlySpan{double}, int)"/>.</summary>
public sealed class DpoStream(int lookbackPeriods = DpoParameters.DefaultLookbackPeriods) : IIndicatorStream
{
    private DpoKernel _kernel = new(new DpoParameters(lookbackPeriods));

    /// <inheritdoc />
    public int OutputCount => 2;

    /// <summary>Takes the next value.</summary>
    public DpoPoint Update(double value) => _kernel.Update(value);

    /// <inheritdoc />
    public void Update(in Bar bar, Span<double> outputs)
    {
        var point = _kernel.Update(bar.Close);
        outputs[0] = point.Dpo;
        outputs[1] = point.Sma;
    }
}
