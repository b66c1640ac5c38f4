namespace Backtest.Engine.Data.Quality;

/// <summary>What <see cref="DataQuality.Apply"/> does when the data-quality report finds problems.</summary>
public enum QualityPolicy
{
    /// <summary>Keep the series as it is and return the report.</summary>
    Warn = 0,

    /// <summary>Throw <see cref="Errors.ErrorKind.DataQuality"/> when the report is not clean (see <see cref="DataQualityReport.IsClean"/>).</summary>
    Fail = 1,

    /// <summary>Sort, de-duplicate, drop unusable rows and an unfinished last candle, and optionally fill gaps.</summary>
    Repair = 2,
}
