namespace Backtest.Engine.Indicators;

/// <summary>Streaming awesome oscillator: same numbers as <see cref="Awesome.Series(Data.CandleSeries, int, int)"/>.</summary>
public sealed class AwesomeStream(
    int fastPeriods = AwesomeParameters.DefaultFastPeriods, int slowPeriods = AwesomeParameters.DefaultSlowPeriods) : IIndicatorStream
{
    private AwesomeKernel _kernel = new(new AwesomeParameters(fastPeriods, slowPeriods));

    /// <inheritdoc />
    public int OutputCount => 2;

    /// <summary>Takes the next bar.</summary>
    public AwesomePoint Update(double high, double low) => _kernel.Update(high, low);

    /// <inheritdoc />
    public void Update(in Bar bar, Span<double> outputs)
    {
        var point = _kernel.Update(bar.High, bar.Low);
        outputs[0] = point.Oscillator;
        outputs[1] = point.Normalized;
    }
}
