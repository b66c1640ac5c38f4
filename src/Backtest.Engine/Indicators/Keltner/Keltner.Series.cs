using Backtest.Engine.Data;

namespace Backtest.Engine.Indicators;

/// <summary>
/// Keltner channels (Stock.Indicators <c>ToKeltner</c>): EMA centre, ATR bands. Warm-up: NaN for the first
/// <c>max(emaPeriods, atrPeriods) − 1</c> bars; the bands (and width) also wait for the ATR, which needs
/// <c>atrPeriods</c> bars. NaN handling follows <see cref="EmaKernel"/> and <see cref="AtrKernel"/>.
/// </summary>
public static partial class Keltner
{
    /// <summary>Keltner channels of high/low/close columns of equal length.</summary>
    public static KeltnerResult Series(
        ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close,
        int emaPeriods = KeltnerParameters.DefaultEmaPeriods, double multiplier = KeltnerParameters.DefaultMultiplier,
        int atrPeriods = KeltnerParameters.DefaultAtrPeriods)
    {
        var kernel = new KeltnerKernel(new KeltnerParameters(emaPeriods, multiplier, atrPeriods));
        int n = IndicatorColumn.CommonLength("Keltner", high, low, close);
        double[] upper = IndicatorColumn.Allocate(n), center = IndicatorColumn.Allocate(n), lower = IndicatorColumn.Allocate(n),
            width = IndicatorColumn.Allocate(n);
        for (int i = 0; i < n; i++)
        {
            var point = kernel.Update(high[i], low[i], close[i]);
            upper[i] = point.UpperBand;
            center[i] = point.Centerline;
            lower[i] = point.LowerBand;
            width[i] = point.Width;
        }
        return new KeltnerResult(upper, center, lower, width);
    }

    /// <summary>Keltner channels of <paramref name="candles"/>.</summary>
    public static KeltnerResult Series(
        CandleSeries candles, int emaPeriods = KeltnerParameters.DefaultEmaPeriods,
        double multiplier = KeltnerParameters.DefaultMultiplier, int atrPeriods = KeltnerParameters.DefaultAtrPeriods)
    {
        ArgumentNullException.ThrowIfNull(candles);
        return Series(candles.High, candles.Low, candles.Close, emaPeriods, multiplier, atrPeriods);
    }
}
