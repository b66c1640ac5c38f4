using Backtest.Engine.Data;

namespace Backtest.Engine.Indicators;

/// <summary>
/// Chaikin oscillator with the ADL it is built on (Stock.Indicators <c>ToChaikinOsc</c>). Warm-up: the oscillator
/// and slow EMA are NaN for the first <c>slowPeriods − 1</c> bars, the fast EMA for <c>fastPeriods − 1</c>.
/// Differences from Stock.Indicators: the ADL skips a NaN bar instead of turning NaN for good (see <see cref="Adl"/>),
/// and the EMAs then reseed, so the oscillator is defined again <c>slowPeriods</c> bars later.
/// </summary>
public static partial class ChaikinOsc
{
    /// <summary>Chaikin oscillator of high/low/close/volume columns of equal length.</summary>
    public static ChaikinOscResult Series(
        ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, ReadOnlySpan<double> volume,
        int fastPeriods = ChaikinOscParameters.DefaultFastPeriods, int slowPeriods = ChaikinOscParameters.DefaultSlowPeriods)
    {
        var kernel = new ChaikinOscKernel(new ChaikinOscParameters(fastPeriods, slowPeriods));
        int n = IndicatorColumn.CommonLength("ChaikinOsc", high, low, close, volume);
        double[] multiplier = IndicatorColumn.Allocate(n), flowVolume = IndicatorColumn.Allocate(n), adl = IndicatorColumn.Allocate(n),
            oscillator = IndicatorColumn.Allocate(n), fast = IndicatorColumn.Allocate(n), slow = IndicatorColumn.Allocate(n);
        for (int i = 0; i < n; i++)
        {
            var point = kernel.Update(high[i], low[i], close[i], volume[i]);
            multiplier[i] = point.MoneyFlowMultiplier;
            flowVolume[i] = point.MoneyFlowVolume;
            adl[i] = point.Adl;
            oscillator[i] = point.Oscillator;
            fast[i] = point.FastEma;
            slow[i] = point.SlowEma;
        }
        return new ChaikinOscResult(multiplier, flowVolume, adl, oscillator, fast, slow);
    }

    /// <summary>Chaikin oscillator of <paramref name="candles"/>.</summary>
    public static ChaikinOscResult Series(
        CandleSeries candles, int fastPeriods = ChaikinOscParameters.DefaultFastPeriods, int slowPeriods = ChaikinOscParameters.DefaultSlowPeriods)
    {
        ArgumentNullException.ThrowIfNull(candles);
        return Series(candles.High, candles.Low, candles.Close, candles.Volume, fastPeriods, slowPeriods);
    }
}
