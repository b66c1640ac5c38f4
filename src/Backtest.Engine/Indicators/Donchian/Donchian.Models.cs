namespace Backtest.Engine.Indicators;

/// <summary>Parameters of Donchian channels.</summary>
public sealed record DonchianParameters
{
    /// <summary>Default window.</summary>
    public const int DefaultLookbackPeriods = 20;

    /// <summary>Number of prior bars the channel spans.</summary>
    public static IndicatorParameter LookbackPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("Donchian", "lookbackPeriods", "Prior bars spanned", DefaultLookbackPeriods, 1, 10_000);

    /// <summary>Creates validated parameters.</summary>
    /// <exception cref="Errors.BacktestException">A value out of range.</exception>
    public DonchianParameters(int lookbackPeriods = DefaultLookbackPeriods) =>
        LookbackPeriods = LookbackPeriodsParameter.CheckInteger(lookbackPeriods);

    /// <summary>Prior bars spanned.</summary>
    public int LookbackPeriods { get; }
}

/// <summary>One bar of Donchian channels.</summary>
/// <param name="UpperBand">Highest high of the prior n bars.</param>
/// <param name="Centerline">Midpoint of the bands.</param>
/// <param name="LowerBand">Lowest low of the prior n bars.</param>
/// <param name="Width">(upper − lower)/centre; NaN when the centre is 0.</param>
public readonly record struct DonchianPoint(double UpperBand, double Centerline, double LowerBand, double Width);

/// <summary>Donchian channel columns, one value per bar.</summary>
/// <param name="UpperBand">Upper band.</param>
/// <param name="Centerline">Centre line.</param>
/// <param name="LowerBand">Lower band.</param>
/// <param name="Width">Relative width.</param>
public sealed record DonchianResult(double[] UpperBand, double[] Centerline, double[] LowerBand, double[] Width);
