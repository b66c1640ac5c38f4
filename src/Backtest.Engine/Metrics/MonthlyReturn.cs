namespace Backtest.Engine.Metrics;

/// <summary>One row of the monthly-returns table.</summary>
/// <param name="Year">Calendar year (UTC).</param>
/// <param name="Month">Calendar month, 1 to 12 (UTC).</param>
/// <param name="ReturnPct">The account's return over the bars opening in that month, in percent.</param>
public sealed record MonthlyReturn(int Year, int Month, double ReturnPct);
