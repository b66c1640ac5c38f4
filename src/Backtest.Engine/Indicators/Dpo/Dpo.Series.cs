using Backtest.Engine.Data;

namespace Backtest.Engine.Indicators;

/// <summary>
/// Detrended price oscillator, non-repainting form. Stock.Indicators' <c>ToDpo</c> defines
/// <c>DPO[i] = close[i] − SMA[i + offset]</c> (offset = n/2 + 1): a FUTURE average, so its last offset values stay
/// empty and fill in later. This catalog never looks ahead, so we report the same number on the bar where it
/// becomes known: <c>Dpo[i] = close[i − offset] − SMA[i]</c> and <c>Sma[i] = SMA[i]</c>; our row i equals
/// Stock.Indicators' row <c>i − offset</c> (shift ours back by offset bars to line them up). Warm-up: NaN for the
/// first <c>max(n − 1, offset)</c> bars. A NaN close affects the SMA windows holding it and the one DPO that
/// compares it. Difference besides the shift: the SMA uses a running sum (<see cref="SmaKernel"/>), a few ulps from
/// Stock.Indicators' fresh sums.
/// </summary>
public static partial class Dpo
{
    /// <summary>Detrended price oscillator of <paramref name="values"/>.</summary>
    public static DpoResult Series(ReadOnlySpan<double> values, int lookbackPeriods = DpoParameters.DefaultLookbackPeriods)
    {
        var kernel = new DpoKernel(new DpoParameters(lookbackPeriods));
        double[] dpo = IndicatorColumn.Allocate(values.Length), sma = IndicatorColumn.Allocate(values.Length);
        for (int i = 0; i < values.Length; i++)
        {
            var point = kernel.Update(values[i]);
            dpo[i] = point.Dpo;
            sma[i] = point.Sma;
        }
        return new DpoResult(dpo, sma);
    }

    /// <summary>Detrended price oscillator of the close prices of <paramref name="candles"/>.</summary>
    public static DpoResult Series(CandleSeries candles, int lookbackPeriods = DpoParameters.DefaultLookbackPeriods)
    {
        ArgumentNullException.ThrowIfNull(candles);
        return Series(candles.Close, lookbackPeriods);
    }
}
