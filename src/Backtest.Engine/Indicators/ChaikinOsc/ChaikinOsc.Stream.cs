namespace Backtest.Engine.Indicators;

/// <summary>Streaming Chaikin oscillator: same numbers as <see cref="ChaikinOsc.Series(Data.CandleSeries, int, int)"/>.</summary>
public sealed class ChaikinOscStream(
    int fastPeriods = ChaikinOscParameters.DefaultFastPeriods, int slowPeriods = ChaikinOscParameters.DefaultSlowPeriods) : IIndicatorStream
{
    private ChaikinOscKernel _kernel = new(new ChaikinOscParameters(fastPeriods, slowPeriods));

    /// <inheritdoc />
    public int OutputCount => 6;

    /// <summary>Takes the next bar.</summary>
    public ChaikinOscPoint Update(double high, double low, double close, double volume) => _kernel.Update(high, low, close, volume);

    /// <inheritdoc />
    public void Update(in Bar bar, Span<double> outputs)
    {
        var point = _kernel.Update(bar.High, bar.Low, bar.Close, bar.Volume);
        outputs[0] = point.MoneyFlowMultiplier;
        outputs[1] = point.MoneyFlowVolume;
        outputs[2] = point.Adl;
        outputs[3] = point.Oscillator;
        outputs[4] = point.FastEma;
        outputs[5] = point.SlowEma;
    }
}
