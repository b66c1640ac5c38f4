using Backtest.Engine.Data;

namespace Backtest.Engine.Signals.Bands;

/// <summary>
/// Rolling polynomial-regression bands of close prices (batch form; <see cref="PolynomialBandsStream"/> is the
/// streaming form, and both run <see cref="PolynomialBandsKernel"/>). Warm-up: NaN for the first
/// <c>lookbackPeriods − 1</c> bars; a non-finite close makes every window holding it NaN.
/// </summary>
/// <remarks>
/// Unlike the one-shot fit behind <see cref="BandSignal"/>, which fits the whole window once and so redraws
/// earlier fitted values whenever a bar is added (it repaints), each value here comes from the window ending at
/// its own bar, so a strategy can trade it without look-ahead. The value at the last bar equals the one-shot
/// fit's value there. Time: O(N·n·(d+2)) for N bars, window n, degree d; memory: the output columns plus
/// O(n·(d+1)).
/// </remarks>
public static partial class PolynomialBands
{
    /// <summary>Rolling bands of <paramref name="values"/>.</summary>
    /// <exception cref="Errors.BacktestException">A parameter out of range (the message names it).</exception>
    public static PolynomialBandsResult Series(ReadOnlySpan<double> values,
        int lookbackPeriods = PolynomialBandsParameters.DefaultLookbackPeriods,
        int degree = PolynomialBandsParameters.DefaultDegree,
        double standardDeviations = PolynomialBandsParameters.DefaultStandardDeviations)
    {
        var kernel = new PolynomialBandsKernel(new PolynomialBandsParameters(lookbackPeriods, degree, standardDeviations));
        var lower = GC.AllocateUninitializedArray<double>(values.Length);
        var fit = GC.AllocateUninitializedArray<double>(values.Length);
        var upper = GC.AllocateUninitializedArray<double>(values.Length);
        for (int i = 0; i < values.Length; i++)
        {
            var point = kernel.Update(values[i]);
            lower[i] = point.Lower;
            fit[i] = point.Fit;
            upper[i] = point.Upper;
        }
        return new PolynomialBandsResult(lower, fit, upper);
    }

    /// <summary>Rolling bands of the close prices of <paramref name="candles"/>.</summary>
    public static PolynomialBandsResult Series(CandleSeries candles,
        int lookbackPeriods = PolynomialBandsParameters.DefaultLookbackPeriods,
        int degree = PolynomialBandsParameters.DefaultDegree,
        double standardDeviations = PolynomialBandsParameters.DefaultStandardDeviations)
    {
        ArgumentNullException.ThrowIfNull(candles);
        return Series(candles.Close, lookbackPeriods, degree, standardDeviations);
    }
}

/// <summary>Rolling band columns, one value per input bar.</summary>
/// <param name="Lower">Fit − k·σ.</param>
/// <param name="Fit">The window's fitted value at its last bar.</param>
/// <param name="Upper">Fit + k·σ.</param>
public sealed record PolynomialBandsResult(double[] Lower, double[] Fit, double[] Upper);
