using Backtest.Engine.Indicators;

namespace Backtest.Engine.Signals.Bands;

public static partial class PolynomialBands
{
    private const string Name = "PolynomialBands";

    /// <summary>Window length (bars, the current one included); at least degree + 2.</summary>
    public static IndicatorParameter LookbackPeriodsParameter { get; } = IndicatorParameter.WholeNumber(
        Name, "lookbackPeriods", "Window length in bars", PolynomialBandsParameters.DefaultLookbackPeriods, 4, PolynomialBandsParameters.MaxLookbackPeriods);

    /// <summary>Polynomial degree.</summary>
    public static IndicatorParameter DegreeParameter { get; } = IndicatorParameter.WholeNumber(
        Name, "degree", "Polynomial degree", PolynomialBandsParameters.DefaultDegree, PolynomialBandsParameters.MinDegree, PolynomialBandsParameters.MaxDegree);

    /// <summary>Band half-width in residual standard deviations.</summary>
    public static IndicatorParameter StandardDeviationsParameter { get; } = IndicatorParameter.RealNumber(
        Name, "standardDeviations", "Band half-width in residual standard deviations", PolynomialBandsParameters.DefaultStandardDeviations,
        PolynomialBandsParameters.MinStandardDeviations, PolynomialBandsParameters.MaxStandardDeviations, 0.25);

    /// <summary>
    /// Catalog entry: <c>PolynomialBands(lookbackPeriods=100, degree=4, standardDeviations=2)</c> of close — the
    /// rolling, non-repainting band (each bar's band from the window ending at that bar), so strategies and the
    /// optimizer can trade bands without look-ahead.
    /// </summary>
    public static IndicatorEntry Entry { get; } = new(
        Name, "Polynomial-regression bands (rolling, non-repainting)", IndicatorInputs.Close,
        [LookbackPeriodsParameter, DegreeParameter, StandardDeviationsParameter],
        ["Lower", "Fit", "Upper"],
        (candles, p) =>
        {
            var r = Series(candles.Close, p.Whole(0), p.Whole(1), p[2]);
            return [r.Lower, r.Fit, r.Upper];
        },
        p => new PolynomialBandsStream(p.Whole(0), p.Whole(1), p[2]),
        aliases: ["PolyBands", "PolyReg", "PolynomialRegression"],
        validate: p => _ = new PolynomialBandsParameters(p.Whole(0), p.Whole(1), p[2]));
}
