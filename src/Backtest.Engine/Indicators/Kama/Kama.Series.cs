using Backtest.Engine.Data;

namespace Backtest.Engine.Indicators;

/// <summary>
/// Kaufman's adaptive moving average with its efficiency ratio (Stock.Indicators <c>ToKama</c>). Warm-up: both
/// NaN for the first <c>erPeriods − 1</c> values; KAMA is the value itself on value <c>erPeriods</c> (ER still
/// NaN) and adapts from the next one. A NaN input makes KAMA NaN until the window is clean again, restarting at
/// the value on every bar after an undefined one, exactly as Stock.Indicators does.
/// </summary>
public static partial class Kama
{
    /// <summary>KAMA of <paramref name="values"/>.</summary>
    public static KamaResult Series(
        ReadOnlySpan<double> values, int erPeriods = KamaParameters.DefaultErPeriods,
        int fastPeriods = KamaParameters.DefaultFastPeriods, int slowPeriods = KamaParameters.DefaultSlowPeriods)
    {
        var kernel = new KamaKernel(new KamaParameters(erPeriods, fastPeriods, slowPeriods));
        double[] er = IndicatorColumn.Allocate(values.Length), kama = IndicatorColumn.Allocate(values.Length);
        for (int i = 0; i < values.Length; i++)
        {
            var point = kernel.Update(values[i]);
            er[i] = point.Er;
            kama[i] = point.Kama;
        }
        return new KamaResult(er, kama);
    }

    /// <summary>KAMA of the close prices of <paramref name="candles"/>.</summary>
    public static KamaResult Series(
        CandleSeries candles, int erPeriods = KamaParameters.DefaultErPeriods,
        int fastPeriods = KamaParameters.DefaultFastPeriods, int slowPeriods = KamaParameters.DefaultSlowPeriods)
    {
        ArgumentNullException.ThrowIfNull(candles);
        return Series(candles.Close, erPeriods, fastPeriods, slowPeriods);
    }
}
