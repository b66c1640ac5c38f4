namespace Backtest.Engine.Indicators;

/// <summary>Streaming Aroon: same numbers as <see cref="Aroon.Series(Data.CandleSeries, int)"/>.</summary>
public sealed class AroonStream(int lookbackPeriods = AroonParameters.DefaultLookbackPeriods) : IIndicatorStream
{
    private AroonKernel _kernel = new(new AroonParameters(lookbackPeriods));

    /// <inheritdoc />
    public int OutputCount => 3;

    /// <summary>Takes the next bar.</summary>
    public AroonPoint Update(double high, double low) => _kernel.Update(high, low);

    /// <inheritdoc />
    public void Update(in Bar bar, Span<double> outputs)
    {
        var point = _kernel.Update(bar.High, bar.Low);
        outputs[0] = point.AroonUp;
        outputs[1] = point.AroonDown;
        outputs[2] = point.Oscillator;
    }
}
