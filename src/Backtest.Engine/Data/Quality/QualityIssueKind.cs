namespace Backtest.Engine.Data.Quality;

/// <summary>What a <see cref="QualityIssue"/> is about.</summary>
public enum QualityIssueKind
{
    /// <summary>A row repeats an earlier row's open time with identical values.</summary>
    Duplicate = 1,

    /// <summary>A row repeats an earlier row's open time with different values.</summary>
    ConflictingDuplicate = 2,

    /// <summary>A row's open time is earlier than the row before it.</summary>
    Unsorted = 3,

    /// <summary>Low above min(open, close), high below max(open, close), or low above high.</summary>
    OhlcViolation = 4,

    /// <summary>An open, high, low or close at or below zero.</summary>
    NonPositivePrice = 5,

    /// <summary>An open, high, low or close that is NaN or infinite.</summary>
    NonFinitePrice = 6,

    /// <summary>A volume that is negative, NaN or infinite.</summary>
    InvalidVolume = 7,

    /// <summary>A candle with zero volume (often an exchange maintenance window; reported, not a failure).</summary>
    ZeroVolume = 8,

    /// <summary>A wick far longer than the series' typical bar range (a possible bad print; reported, not a failure).</summary>
    OutlierWick = 9,

    /// <summary>The last candle had not closed at the time of the check.</summary>
    IncompleteLastCandle = 10,
}
