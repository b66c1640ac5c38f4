namespace Backtest.Engine.Data.Quality;

/// <summary>One problem found in one row of a series.</summary>
/// <param name="Kind">What is wrong.</param>
/// <param name="RowIndex">Zero-based row index in the series as checked (file order).</param>
/// <param name="OpenTime">The row's open time (UTC).</param>
/// <param name="Message">What is wrong, with the values involved.</param>
public sealed record QualityIssue(QualityIssueKind Kind, int RowIndex, DateTime OpenTime, string Message);
