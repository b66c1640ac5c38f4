using Backtest.Engine.Data;

namespace Backtest.Engine.Indicators;

/// <summary>
/// Parabolic stop and reverse (Stock.Indicators <c>ToParabolicSar</c>); <c>IsReversal</c> is 1 or 0 instead of
/// a boolean. Warm-up: NaN up to and including the first reversal (the first trend is a guess). Differences:
/// Stock.Indicators blanks that stretch only once it has seen the whole series, so with no reversal yet its
/// last bars show values that a later bar erases; ours are NaN from the start (never repainted). A NaN high or
/// low restarts the warm-up (Stock.Indicators carries the NaN forward).
/// </summary>
public static partial class ParabolicSar
{
    /// <summary>Parabolic SAR of high/low columns of equal length.</summary>
    /// <param name="high">High prices.</param>
    /// <param name="low">Low prices.</param>
    /// <param name="accelerationStep">Acceleration added per new extreme point.</param>
    /// <param name="maxAccelerationFactor">Acceleration cap.</param>
    /// <param name="initialFactor">Acceleration at each trend start; null means <paramref name="accelerationStep"/>.</param>
    public static ParabolicSarResult Series(
        ReadOnlySpan<double> high, ReadOnlySpan<double> low,
        double accelerationStep = ParabolicSarParameters.DefaultAccelerationStep,
        double maxAccelerationFactor = ParabolicSarParameters.DefaultMaxAccelerationFactor, double? initialFactor = null)
    {
        var kernel = new ParabolicSarKernel(new ParabolicSarParameters(accelerationStep, maxAccelerationFactor, initialFactor));
        int n = IndicatorColumn.CommonLength("ParabolicSar", high, low);
        double[] sar = IndicatorColumn.Allocate(n), reversal = IndicatorColumn.Allocate(n);
        for (int i = 0; i < n; i++)
        {
            var point = kernel.Update(high[i], low[i]);
            sar[i] = point.Sar;
            reversal[i] = point.IsReversal;
        }
        return new ParabolicSarResult(sar, reversal);
    }

    /// <summary>Parabolic SAR of <paramref name="candles"/>.</summary>
    /// <param name="candles">The candles.</param>
    /// <param name="accelerationStep">Acceleration added per new extreme point.</param>
    /// <param name="maxAccelerationFactor">Acceleration cap.</param>
    /// <param name="initialFactor">Acceleration at each trend start; null means <paramref name="accelerationStep"/>.</param>
    public static ParabolicSarResult Series(
        CandleSeries candles, double accelerationStep = ParabolicSarParameters.DefaultAccelerationStep,
        double maxAccelerationFactor = ParabolicSarParameters.DefaultMaxAccelerationFactor, double? initialFactor = null)
    {
        ArgumentNullException.ThrowIfNull(candles);
        return Series(candles.High, candles.Low, accelerationStep, maxAccelerationFactor, initialFactor);
    }
}
