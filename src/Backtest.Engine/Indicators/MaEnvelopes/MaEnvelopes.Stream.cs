namespace Backtest.Engine.Indicators;

/// <summary>Streaming moving-average envelopes: same numbers as <see cref="MaEnvelopes.Series(ReadOnlySpan{double}, int, double, MovingAverageType)"/>.</summary>
public sealed class MaEnvelopesStream(
    int lookbackPeriods = MaEnvelopesParameters.DefaultLookbackPeriods, double percentOffset = MaEnvelopesParameters.DefaultPercentOffset,
    MovingAverageType movingAverageType = MaEnvelopesParameters.DefaultMovingAverageType) : IIndicatorStream
{
    private MaEnvelopesKernel _kernel = new(new MaEnvelopesParameters(lookbackPeriods, percentOffset, movingAverageType));

    /// <inheritdoc />
    public int OutputCount => 3;

    /// <summary>Takes the next value.</summary>
    public MaEnvelopesPoint Update(double value) => _kernel.Update(value);

    /// <inheritdoc />
    public void Update(in Bar bar, Span<double> outputs)
    {
        var point = _kernel.Update(bar.Close);
        outputs[0] = point.Centerline;
        outputs[1] = point.UpperEnvelope;
        outputs[2] = point.LowerEnvelope;
    }
}
