namespace Backtest.Engine.Data.Quality;

/// <summary>What <see cref="DataQuality.Apply"/> does when the data-quality report finds problems.</summary>
public enum QualityPolicy
{
    /// <summary>Keep the series as it is and return the report.</summary>
    Warn = 0,

    /// <summary>Throw <see cref="Errors.ErrorKind.DataQuality"/> when the report is not clean (see <see cref="DataQualityReport.IsClean"/>).</summary>
    Fail = 1,

    /// <summary>
    /// Repair, in this order:
    /// <list type="number">
    /// <item>sort by open time (stable: rows with equal times keep their file order);</item>
    /// <item>drop unusable rows — NaN/infinite or non-positive prices, OHLC violations, negative or non-finite volume —
    /// since nothing trustworthy can be made of them (their times become gaps);</item>
    /// <item>keep one row per open time: exact duplicates are dropped; of conflicting rows the <em>last</em> in file order
    /// is kept, because a later row is a later capture of the same candle (feeds re-send a candle corrected or completed);</item>
    /// <item>drop the last candle when it had not closed at the as-of time;</item>
    /// <item>only when asked, fill every gap with flat candles (open = high = low = close = the previous close, volume 0,
    /// quote volume and trades 0 where the source had them), listed in <see cref="DataQualityReport.FilledOpenTimes"/>.</item>
    /// </list>
    /// Zero-volume candles and outlier wicks are kept: they are real market data as often as not.
    /// </summary>
    Repair = 2,
}
