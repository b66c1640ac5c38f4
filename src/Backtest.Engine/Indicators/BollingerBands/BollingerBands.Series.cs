using Backtest.Engine.Data;

namespace Backtest.Engine.Indicators;

/// <summary>
/// Bollinger Bands® (Stock.Indicators <c>ToBollingerBands</c>). Warm-up: NaN for the first
/// <c>lookbackPeriods − 1</c> values. PercentB and ZScore are NaN for a flat window, Width when the mean is 0.
/// </summary>
public static partial class BollingerBands
{
    /// <summary>Bollinger Bands of <paramref name="values"/>.</summary>
    public static BollingerBandsResult Series(
        ReadOnlySpan<double> values, int lookbackPeriods = BollingerBandsParameters.DefaultLookbackPeriods,
        double standardDeviations = BollingerBandsParameters.DefaultStandardDeviations)
    {
        var kernel = new BollingerBandsKernel(new BollingerBandsParameters(lookbackPeriods, standardDeviations));
        int n = values.Length;
        double[] sma = IndicatorColumn.Allocate(n), upper = IndicatorColumn.Allocate(n), lower = IndicatorColumn.Allocate(n),
            percentB = IndicatorColumn.Allocate(n), zScore = IndicatorColumn.Allocate(n), width = IndicatorColumn.Allocate(n);
        for (int i = 0; i < n; i++)
        {
            var point = kernel.Update(values[i]);
            sma[i] = point.Sma;
            upper[i] = point.UpperBand;
            lower[i] = point.LowerBand;
            percentB[i] = point.PercentB;
            zScore[i] = point.ZScore;
            width[i] = point.Width;
        }
        return new BollingerBandsResult(sma, upper, lower, percentB, zScore, width);
    }

    /// <summary>Bollinger Bands of the close prices of <paramref name="candles"/>.</summary>
    public static BollingerBandsResult Series(
        CandleSeries candles, int lookbackPeriods = BollingerBandsParameters.DefaultLookbackPeriods,
        double standardDeviations = BollingerBandsParameters.DefaultStandardDeviations)
    {
        ArgumentNullException.ThrowIfNull(candles);
        return Series(candles.Close, lookbackPeriods, standardDeviations);
    }
}
