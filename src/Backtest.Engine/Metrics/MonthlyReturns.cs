namespace Backtest.Engine.Metrics;

/// <summary>The monthly-returns table: the account's return in each calendar month the data touches.</summary>
/// <remarks>
/// <para>Formula: a bar belongs to the UTC month of its open time (a daily bar opening on 31 January is January's
/// even though it closes in February). A month's return is <c>(E_last / E_before − 1) · 100</c>, with <c>E_last</c> the
/// equity at its last bar's close and <c>E_before</c> the equity at the previous month's last close (the initial cash
/// for the first month), the same as compounding the month's per-bar returns (empyrical's
/// <c>aggregate_returns(..., 'monthly')</c>). Months without bars inside the data (a gap of a month or more) are
/// left out, not reported as 0.</para>
/// <para>Edge policy: a month starting at or below zero equity → 0, as for <see cref="BarReturns"/>.</para>
/// </remarks>
public static class MonthlyReturns
{
    /// <summary>One row per calendar month, in time order.</summary>
    public static IReadOnlyList<MonthlyReturn> Compute(ReadOnlySpan<double> equity, double initialCash, ReadOnlySpan<long> openTimeMs)
    {
        var table = new List<MonthlyReturn>();
        if (equity.IsEmpty) return table;
        double before = initialCash;
        var month = MonthStart(openTimeMs[0]);
        long nextMonthMs = month.AddMonths(1).ToUnixTimeMilliseconds();
        for (int i = 0; i < equity.Length; i++)
        {
            if (openTimeMs[i] >= nextMonthMs)
            {
                table.Add(Row(month, before, equity[i - 1]));
                before = equity[i - 1];
                month = MonthStart(openTimeMs[i]);
                nextMonthMs = month.AddMonths(1).ToUnixTimeMilliseconds();
            }
        }
        table.Add(Row(month, before, equity[^1]));
        return table;
    }

    private static MonthlyReturn Row(DateTimeOffset month, double before, double last) =>
        new(month.Year, month.Month, before > 0 ? ((last / before) - 1) * 100 : 0);

    private static DateTimeOffset MonthStart(long ms)
    {
        var t = DateTimeOffset.FromUnixTimeMilliseconds(ms);
        return new DateTimeOffset(t.Year, t.Month, 1, 0, 0, 0, TimeSpan.Zero);
    }
}
