using Backtest.Engine.Data;

namespace Backtest.Engine.Indicators;

/// <summary>
/// Vortex indicator VI+ and VI− (Stock.Indicators <c>ToVortex</c>). Warm-up: NaN for the first
/// <c>lookbackPeriods</c> bars (the first bar has no movement). NaN where the window's true ranges sum to 0.
/// A NaN price affects exactly the windows holding a movement computed from it.
/// </summary>
public static partial class Vortex
{
    /// <summary>Vortex indicator of high/low/close columns of equal length.</summary>
    public static VortexResult Series(
        ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close,
        int lookbackPeriods = VortexParameters.DefaultLookbackPeriods)
    {
        var kernel = new VortexKernel(new VortexParameters(lookbackPeriods));
        int n = IndicatorColumn.CommonLength("Vortex", high, low, close);
        double[] pvi = IndicatorColumn.Allocate(n), nvi = IndicatorColumn.Allocate(n);
        for (int i = 0; i < n; i++)
        {
            var point = kernel.Update(high[i], low[i], close[i]);
            pvi[i] = point.Pvi;
            nvi[i] = point.Nvi;
        }
        return new VortexResult(pvi, nvi);
    }

    /// <summary>Vortex indicator of <paramref name="candles"/>.</summary>
    public static VortexResult Series(CandleSeries candles, int lookbackPeriods = VortexParameters.DefaultLookbackPeriods)
    {
        ArgumentNullException.ThrowIfNull(candles);
        return Series(candles.High, candles.Low, candles.Close, lookbackPeriods);
    }
}
