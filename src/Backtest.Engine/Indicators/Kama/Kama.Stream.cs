namespace Backtest.Engine.Indicators;

/// <summary>Streaming KAMA: same numbers as <see cref="Kama.Series(ReadOnlySpan{double}, int, int, int)"/>.</summary>
public sealed class KamaStream(
    int erPeriods = KamaParameters.DefaultErPeriods, int fastPeriods = KamaParameters.DefaultFastPeriods,
    int slowPeriods = KamaParameters.DefaultSlowPeriods) : IIndicatorStream
{
    private KamaKernel _kernel = new(new KamaParameters(erPeriods, fastPeriods, slowPeriods));

    /// <inheritdoc />
    public int OutputCount => 2;

    /// <summary>Takes the next value.</summary>
    public KamaPoint Update(double value) => _kernel.Update(value);

    /// <inheritdoc />
    public void Update(in Bar bar, Span<double> outputs)
    {
        var point = _kernel.Update(bar.Close);
        outputs[0] = point.Er;
        outputs[1] = point.Kama;
    }
}
