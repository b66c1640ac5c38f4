namespace Backtest.Engine.Indicators;

/// <summary>Streaming rolling channels: same numbers as <see cref="StdDevChannels.Series(ReadOnlySpan{double}, int, double)"/>.</summary>
public sealed class StdDevChannelsStream(
    int lookbackPeriods = StdDevChannelsParameters.DefaultLookbackPeriods,
    double stdDeviations = StdDevChannelsParameters.DefaultStdDeviations) : IIndicatorStream
{
    private StdDevChannelsKernel _kernel = new(new StdDevChannelsParameters(lookbackPeriods, stdDeviations));

    /// <inheritdoc />
    public int OutputCount => 3;

    /// <summary>Takes the next value.</summary>
    public StdDevChannelsPoint Update(double value) => _kernel.Update(value);

    /// <inheritdoc />
    public void Update(in Bar bar, Span<double> outputs)
    {
        var point = _kernel.Update(bar.Close);
        outputs[0] = point.Centerline;
        outputs[1] = point.UpperChannel;
        outputs[2] = point.LowerChannel;
    }
}
