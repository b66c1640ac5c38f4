using Backtest.Engine.Errors;
using Backtest.Engine.Signals.Bands;
using Backtest.Engine.Simulation;

namespace Backtest.Engine.Strategies;

/// <summary>
/// Parameters of <see cref="BandReversion"/>. The static <see cref="StrategyParameter"/> properties are the catalog's
/// ranges (the band's own limits from <see cref="PolynomialBandsParameters"/>); the constructor checks every value against them.
/// </summary>
public sealed record BandReversionParameters
{
    private const string Strategy = "band-reversion";

    /// <summary><c>lookback</c>: 100, from 4 to 10,000, at least degree + 2.</summary>
    public static StrategyParameter LookbackParameter { get; } = StrategyParameter.WholeNumber("lookback", "Band window (bars, the current one included), at least degree + 2", 100, 4, 10_000);

    /// <summary><c>degree</c>: 2, from 2 to 10.</summary>
    public static StrategyParameter DegreeParameter { get; } = StrategyParameter.WholeNumber("degree", "Polynomial degree of the fit",
        2, PolynomialBandsParameters.MinDegree, PolynomialBandsParameters.MaxDegree);

    /// <summary><c>std_devs</c>: 2.0, from 0.01 to 10, step 0.25.</summary>
    public static StrategyParameter StdDevsParameter { get; } = StrategyParameter.Real("std_devs", "Band half-width in residual standard deviations",
        2.0, PolynomialBandsParameters.MinStandardDeviations, PolynomialBandsParameters.MaxStandardDeviations, 0.25);

    /// <summary><c>exit_at</c>: fit (default) or upper (the far band: upper for a long, lower for a short).</summary>
    public static StrategyParameter ExitAtParameter { get; } = StrategyParameter.Choice("exit_at", "Take profit back at the fit, or at the far band (upper for a long, lower for a short)", "fit", "upper");

    /// <summary><c>allow_short</c>: no (default) or yes.</summary>
    public static StrategyParameter AllowShortParameter { get; } = StrategyParameter.Choice("allow_short", "Also short closes above the upper band", "no", "yes");

    /// <summary><c>stop_loss</c>: optional fraction of the entry price, 0.0001 to 0.99, step 0.005.</summary>
    public static StrategyParameter StopLossParameter { get; } = StrategyParameter.OptionalReal("stop_loss", "Stop-loss as a fraction of the entry price (0.05 = 5 %)", 0.0001, 0.99, 0.005);

    /// <summary>The parameters in catalog order.</summary>
    public static IReadOnlyList<StrategyParameter> All { get; } =
        [LookbackParameter, DegreeParameter, StdDevsParameter, ExitAtParameter, AllowShortParameter, StopLossParameter];

    /// <summary>Creates validated parameters (the defaults are the catalog's).</summary>
    /// <exception cref="BacktestException">A value out of its catalogued range, or lookback below degree + 2 (InvalidArgument naming the parameter).</exception>
    public BandReversionParameters(int lookback = 100, int degree = 2, double stdDevs = 2.0, BandReversionExit exitAt = BandReversionExit.Fit,
        bool allowShort = false, double? stopLoss = null)
    {
        if (!Enum.IsDefined(exitAt)) throw new BacktestException(ErrorKind.InvalidArgument, $"{Strategy}: unknown exit_at {(int)exitAt}.", "exit_at");
        Lookback = (int)LookbackParameter.Check(Strategy, lookback);
        Degree = (int)DegreeParameter.Check(Strategy, degree);
        if (lookback < degree + 2)
        {
            throw new BacktestException(ErrorKind.InvalidArgument,
                $"{Strategy}: parameter 'lookback' must be at least degree + 2; got lookback={lookback}, degree={degree}.", "lookback");
        }
        StdDevs = StdDevsParameter.Check(Strategy, stdDevs);
        ExitAt = exitAt;
        AllowShort = allowShort;
        StopLoss = stopLoss is { } sl ? StopLossParameter.Check(Strategy, sl) : null;
        Stops = StopLoss is null ? null : ProtectiveStops.Percent(StopLoss, null);
    }

    /// <summary>Band window.</summary>
    public int Lookback { get; }

    /// <summary>Polynomial degree.</summary>
    public int Degree { get; }

    /// <summary>Band half-width in residual standard deviations.</summary>
    public double StdDevs { get; }

    /// <summary>Where profits are taken.</summary>
    public BandReversionExit ExitAt { get; }

    /// <summary>True when closes above the upper band are shorted.</summary>
    public bool AllowShort { get; }

    /// <summary>Stop-loss fraction, or null.</summary>
    public double? StopLoss { get; }

    /// <summary>The stops every entry carries, or null for none (the run's default stops then apply).</summary>
    public ProtectiveStops? Stops { get; }
}
