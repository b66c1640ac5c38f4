using Backtest.Engine.Data;

namespace Backtest.Engine.Indicators;

/// <summary>
/// Moving-average envelopes (Stock.Indicators <c>ToMaEnvelopes</c>); its <c>MaType</c> enum is the number of
/// <see cref="MovingAverageType"/>. Warm-up and NaN handling are those of the chosen average. Difference: ALMA (0)
/// and EPMA (2) are not offered yet.
/// </summary>
public static partial class MaEnvelopes
{
    /// <summary>Moving-average envelopes of <paramref name="values"/>.</summary>
    public static MaEnvelopesResult Series(
        ReadOnlySpan<double> values, int lookbackPeriods = MaEnvelopesParameters.DefaultLookbackPeriods,
        double percentOffset = MaEnvelopesParameters.DefaultPercentOffset,
        MovingAverageType movingAverageType = MaEnvelopesParameters.DefaultMovingAverageType)
    {
        var kernel = new MaEnvelopesKernel(new MaEnvelopesParameters(lookbackPeriods, percentOffset, movingAverageType));
        double[] center = IndicatorColumn.Allocate(values.Length), upper = IndicatorColumn.Allocate(values.Length),
            lower = IndicatorColumn.Allocate(values.Length);
        for (int i = 0; i < values.Length; i++)
        {
            var point = kernel.Update(values[i]);
            center[i] = point.Centerline;
            upper[i] = point.UpperEnvelope;
            lower[i] = point.LowerEnvelope;
        }
        return new MaEnvelopesResult(center, upper, lower);
    }

    /// <summary>Moving-average envelopes of the close prices of <paramref name="candles"/>.</summary>
    public static MaEnvelopesResult Series(
        CandleSeries candles, int lookbackPeriods = MaEnvelopesParameters.DefaultLookbackPeriods,
        double percentOffset = MaEnvelopesParameters.DefaultPercentOffset,
        MovingAverageType movingAverageType = MaEnvelopesParameters.DefaultMovingAverageType)
    {
        ArgumentNullException.ThrowIfNull(candles);
        return Series(candles.Close, lookbackPeriods, percentOffset, movingAverageType);
    }
}
