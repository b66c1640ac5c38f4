namespace Backtest.Engine.Indicators;

/// <summary>Parameters of standard-deviation channels.</summary>
public sealed record StdDevChannelsParameters
{
    /// <summary>Default regression window.</summary>
    public const int DefaultLookbackPeriods = 20;

    /// <summary>Default channel half-width in standard deviations.</summary>
    public const double DefaultStdDeviations = 2;

    /// <summary>Regression window (at least 2).</summary>
    public static IndicatorParameter LookbackPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("StdDevChannels", "lookbackPeriods", "Regression window", DefaultLookbackPeriods, 2, 10_000);

    /// <summary>Channel half-width in standard deviations of the window's values.</summary>
    public static IndicatorParameter StdDeviationsParameter { get; } =
        IndicatorParameter.RealNumber("StdDevChannels", "stdDeviations", "Channel half-width in standard deviations",
            DefaultStdDeviations, 0.01, 10, 0.1);

    /// <summary>Creates validated parameters.</summary>
    /// <exception cref="Errors.BacktestException">A value out of range.</exception>
    public StdDevChannelsParameters(int lookbackPeriods = DefaultLookbackPeriods, double stdDeviations = DefaultStdDeviations)
    {
        LookbackPeriods = LookbackPeriodsParameter.CheckInteger(lookbackPeriods);
        StdDeviations = StdDeviationsParameter.Check(stdDeviations);
    }

    /// <summary>Regression window.</summary>
    public int LookbackPeriods { get; }

    /// <summary>Half-width in standard deviations.</summary>
    public double StdDeviations { get; }
}

/// <summary>One bar of the rolling channel.</summary>
/// <param name="Centerline">The regression line at this bar.</param>
/// <param name="UpperChannel">Centerline + k·σ.</param>
/// <param name="LowerChannel">Centerline − k·σ.</param>
public readonly record struct StdDevChannelsPoint(double Centerline, double UpperChannel, double LowerChannel);

/// <summary>Channel columns, one value per input value.</summary>
/// <param name="Centerline">Regression line.</param>
/// <param name="UpperChannel">Upper channel.</param>
/// <param name="LowerChannel">Lower channel.</param>
public sealed record StdDevChannelsResult(double[] Centerline, double[] UpperChannel, double[] LowerChannel);

/// <summary>Stock.Indicators' repainting channel segments (see <see cref="StdDevChannels.Segments"/>).</summary>
/// <param name="Centerline">Each segment's regression line.</param>
/// <param name="UpperChannel">Centerline + k·σ of the segment.</param>
/// <param name="LowerChannel">Centerline − k·σ of the segment.</param>
/// <param name="BreakPoint">True on the first bar of each segment.</param>
public sealed record StdDevChannelSegments(double[] Centerline, double[] UpperChannel, double[] LowerChannel, bool[] BreakPoint);
