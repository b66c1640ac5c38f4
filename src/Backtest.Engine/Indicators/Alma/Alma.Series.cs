using Backtest.Engine.Data;

namespace Backtest.Engine.Indicators;

/// <summary>
/// Arnaud Legoux moving average (Stock.Indicators <c>ToAlma</c>): a Gaussian-weighted window whose peak sits at
/// <c>offset</c> across it. Warm-up: NaN for the first <c>lookbackPeriods − 1</c> values. A NaN or ∞ input makes
/// every window that contains it NaN and nothing after.
/// </summary>
public static partial class Alma
{
    /// <summary>ALMA of <paramref name="values"/>.</summary>
    public static double[] Series(
        ReadOnlySpan<double> values, int lookbackPeriods = AlmaParameters.DefaultLookbackPeriods,
        double offset = AlmaParameters.DefaultOffset, double sigma = AlmaParameters.DefaultSigma) =>
        ValueSeries.Run(values, new AlmaKernel(new AlmaParameters(lookbackPeriods, offset, sigma)));

    /// <summary>ALMA of the close prices of <paramref name="candles"/>.</summary>
    public static double[] Series(
        CandleSeries candles, int lookbackPeriods = AlmaParameters.DefaultLookbackPeriods,
        double offset = AlmaParameters.DefaultOffset, double sigma = AlmaParameters.DefaultSigma)
    {
        ArgumentNullException.ThrowIfNull(candles);
        return Series(candles.Close, lookbackPeriods, offset, sigma);
    }
}
