namespace Backtest.Engine.Indicators;

/// <summary>Parameters of ConnorsRSI.</summary>
public sealed record ConnorsRsiParameters
{
    /// <summary>Default RSI length of the close.</summary>
    public const int DefaultRsiPeriods = 3;

    /// <summary>Default RSI length of the streak.</summary>
    public const int DefaultStreakPeriods = 2;

    /// <summary>Default percent-rank window.</summary>
    public const int DefaultRankPeriods = 100;

    /// <summary>RSI length of the close.</summary>
    public static IndicatorParameter RsiPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("ConnorsRsi", "rsiPeriods", "RSI length of the close", DefaultRsiPeriods, 2, 10_000);

    /// <summary>RSI length of the up/down streak.</summary>
    public static IndicatorParameter StreakPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("ConnorsRsi", "streakPeriods", "RSI length of the streak", DefaultStreakPeriods, 2, 10_000);

    /// <summary>Number of earlier one-bar returns the current one is ranked against.</summary>
    public static IndicatorParameter RankPeriodsParameter { get; } =
        IndicatorParameter.WholeNumber("ConnorsRsi", "rankPeriods", "Percent-rank window of one-bar returns", DefaultRankPeriods, 2, 10_000);

    /// <summary>Creates validated parameters.</summary>
    /// <exception cref="Errors.BacktestException">A value out of range.</exception>
    public ConnorsRsiParameters(int rsiPeriods = DefaultRsiPeriods, int streakPeriods = DefaultStreakPeriods, int rankPeriods = DefaultRankPeriods)
    {
        RsiPeriods = RsiPeriodsParameter.CheckInteger(rsiPeriods);
        StreakPeriods = StreakPeriodsParameter.CheckInteger(streakPeriods);
        RankPeriods = RankPeriodsParameter.CheckInteger(rankPeriods);
    }

    /// <summary>RSI length of the close.</summary>
    public int RsiPeriods { get; }

    /// <summary>RSI length of the streak.</summary>
    public int StreakPeriods { get; }

    /// <summary>Percent-rank window.</summary>
    public int RankPeriods { get; }
}

/// <summary>One bar of ConnorsRSI.</summary>
/// <param name="Streak">Consecutive up (positive) or down (negative) closes; 0 when unchanged.</param>
/// <param name="Rsi">RSI of the close.</param>
/// <param name="RsiStreak">RSI of the streak.</param>
/// <param name="PercentRank">Share (in whole percent) of the earlier one-bar returns below the current one.</param>
/// <param name="ConnorsRsi">(Rsi + RsiStreak + PercentRank)/3.</param>
public readonly record struct ConnorsRsiPoint(double Streak, double Rsi, double RsiStreak, double PercentRank, double ConnorsRsi);

/// <summary>ConnorsRSI columns, one value per input value.</summary>
/// <param name="Streak">Streak.</param>
/// <param name="Rsi">RSI of the close.</param>
/// <param name="RsiStreak">RSI of the streak.</param>
/// <param name="PercentRank">Percent rank of the one-bar return.</param>
/// <param name="ConnorsRsi">ConnorsRSI.</param>
public sealed record ConnorsRsiResult(double[] Streak, double[] Rsi, double[] RsiStreak, double[] PercentRank, double[] ConnorsRsi);
