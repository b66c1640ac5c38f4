using Backtest.Engine.Data;

namespace Backtest.Engine.Indicators;

/// <summary>
/// Average true range with TR and ATR% (Stock.Indicators <c>ToAtr</c>). Warm-up: TR is NaN on the first bar,
/// ATR and ATRP for the first <c>lookbackPeriods</c> bars. Difference from Stock.Indicators: after a NaN
/// price it stays NaN for good; ours restarts the warm-up and is defined again n true ranges later.
/// </summary>
public static partial class Atr
{
    /// <summary>ATR of high/low/close columns of equal length.</summary>
    public static AtrResult Series(
        ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close,
        int lookbackPeriods = AtrParameters.DefaultLookbackPeriods)
    {
        var kernel = new AtrKernel(new AtrParameters(lookbackPeriods));
        int n = IndicatorColumn.CommonLength("Atr", high, low, close);
        double[] tr = IndicatorColumn.Allocate(n), atr = IndicatorColumn.Allocate(n), atrp = IndicatorColumn.Allocate(n);
        for (int i = 0; i < n; i++)
        {
            var point = kernel.Update(high[i], low[i], close[i]);
            tr[i] = point.Tr;
            atr[i] = point.Atr;
            atrp[i] = point.Atrp;
        }
        return new AtrResult(tr, atr, atrp);
    }

    /// <summary>ATR of <paramref name="candles"/>.</summary>
    public static AtrResult Series(CandleSeries candles, int lookbackPeriods = AtrParameters.DefaultLookbackPeriods)
    {
        ArgumentNullException.ThrowIfNull(candles);
        return Series(candles.High, candles.Low, candles.Close, lookbackPeriods);
    }
}
