namespace Backtest.Engine.Indicators;

/// <summary>Streaming TRIX: same numbers as <see cref="Trix.Series(ReadOnlySpan{double}, int)"/>.</summary>
public sealed class TrixStream(int lookbackPeriods = TrixParameters.DefaultLookbackPeriods) : IIndicatorStream
{
    private TrixKernel _kernel = new(new TrixParameters(lookbackPeriods));

    /// <inheritdoc />
    public int OutputCount => 2;

    /// <summary>Takes the next value.</summary>
    public TrixPoint Update(double value) => _kernel.Update(value);

    /// <inheritdoc />
    public void Update(in Bar bar, Span<double> outputs)
    {
        var point = _kernel.Update(bar.Close);
        outputs[0] = point.Ema3;
        outputs[1] = point.Trix;
    }
}
