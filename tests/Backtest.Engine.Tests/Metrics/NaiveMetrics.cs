using Backtest.Engine.Metrics;

namespace Backtest.Engine.Tests.Metrics;

/// <summary>
/// Reference implementations written independently of the engine's: sums in <see cref="decimal"/>, brute-force
/// O(n²) drawdowns over every pair of points, full sorts instead of selection, LINQ grouping by calendar month.
/// They follow the definitions stated in each metric's documentation, not the engine's code.
/// </summary>
internal static class NaiveMetrics
{
    /// <summary>The value path: the initial cash, then each bar's equity.</summary>
    public static decimal[] Path(double initialCash, double[] equity) =>
        [(decimal)initialCash, .. equity.Select(e => (decimal)e)];

    /// <summary>Per-bar returns against the previous point of the path, in decimal.</summary>
    public static decimal[] Returns(double initialCash, double[] equity)
    {
        var path = Path(initialCash, equity);
        return Enumerable.Range(1, equity.Length).Select(p => (path[p] / path[p - 1]) - 1m).ToArray();
    }

    public static double Mean(decimal[] values) => (double)(values.Sum() / values.Length);

    public static double SampleStdDev(decimal[] values)
    {
        decimal mean = values.Sum() / values.Length;
        decimal squares = values.Sum(v => (v - mean) * (v - mean));
        return Math.Sqrt((double)(squares / (values.Length - 1)));
    }

    public static double Sharpe(decimal[] returns, double periodsPerYear) =>
        Mean(returns) / SampleStdDev(returns) * Math.Sqrt(periodsPerYear);

    public static double Sortino(decimal[] returns, double periodsPerYear)
    {
        decimal downside = returns.Where(r => r < 0).Sum(r => r * r) / returns.Length;
        return Mean(returns) / Math.Sqrt((double)downside) * Math.Sqrt(periodsPerYear);
    }

    /// <summary>CAGR by summing log growth, a different path from the engine's power of the final ratio.</summary>
    public static double CagrPct(decimal[] returns, double periodsPerYear)
    {
        double logGrowth = returns.Sum(r => Math.Log((double)(1m + r)));
        return (Math.Exp(logGrowth * periodsPerYear / returns.Length) - 1) * 100;
    }

    /// <summary>Largest fall from any earlier-or-same point to a later one, by trying every pair.</summary>
    public static (double Pct, double Quote) MaxDrawdown(double initialCash, double[] equity)
    {
        var path = Path(initialCash, equity);
        decimal pct = 0, quote = 0;
        for (int i = 0; i < path.Length; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                pct = Math.Max(pct, 1m - (path[i] / path[j]));
                quote = Math.Max(quote, path[j] - path[i]);
            }
        }
        return ((double)pct * 100, (double)quote);
    }

    /// <summary>The highest point of the path up to and including each point.</summary>
    public static decimal[] BestSoFar(decimal[] path)
    {
        var best = new decimal[path.Length];
        for (int p = 0; p < path.Length; p++) best[p] = p == 0 ? path[0] : Math.Max(best[p - 1], path[p]);
        return best;
    }

    /// <summary>Per bar: the fall from the highest point of the path so far.</summary>
    public static double[] DrawdownPct(double initialCash, double[] equity)
    {
        var path = Path(initialCash, equity);
        var best = BestSoFar(path);
        return Enumerable.Range(1, equity.Length).Select(p => (double)(1m - (path[p] / best[p])) * 100).ToArray();
    }

    /// <summary>
    /// Drawdown episodes as (start point, end point, depth %): maximal runs of points strictly below the best
    /// earlier point; the episode starts at the point before the run and ends at the point after it (or the last).
    /// </summary>
    public static List<(int Start, int End, double DepthPct)> Episodes(double initialCash, double[] equity)
    {
        var path = Path(initialCash, equity);
        var best = BestSoFar(path);
        var under = Enumerable.Range(0, path.Length).Select(p => p > 0 && path[p] < best[p - 1]).ToArray();
        var episodes = new List<(int, int, double)>();
        int q = 0;
        while (q < path.Length)
        {
            if (!under[q])
            {
                q++;
                continue;
            }
            int first = q;
            while (q < path.Length && under[q]) q++;
            int end = Math.Min(q, path.Length - 1);
            decimal peak = best[first - 1];
            decimal trough = path.Skip(first).Take(q - first).Min();
            episodes.Add((first - 1, end, (double)(1m - (trough / peak)) * 100));
        }
        return episodes;
    }

    /// <summary>NumPy's linear percentile over a full sort.</summary>
    public static double Percentile(IEnumerable<double> values, double cutoff)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        double rank = (sorted.Length - 1) * cutoff;
        int below = (int)Math.Floor(rank);
        int above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + ((rank - below) * (sorted[above] - sorted[below]));
    }

    /// <summary>empyrical's test oracle for CVaR: the mean of the returns at or below the VaR.</summary>
    public static double ExpectedShortfall(double[] values, double cutoff)
    {
        double var = Percentile(values, cutoff);
        return values.Where(v => v <= var).Average();
    }

    /// <summary>Monthly returns by grouping bars on their open time's calendar month and compounding in decimal.</summary>
    public static List<(int Year, int Month, double Pct)> Monthly(double initialCash, double[] equity, long[] openTimeMs)
    {
        var returns = Returns(initialCash, equity);
        return Enumerable.Range(0, equity.Length)
            .GroupBy(i => DateTimeOffset.FromUnixTimeMilliseconds(openTimeMs[i]).UtcDateTime.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture))
            .Select(g =>
            {
                var month = DateTime.ParseExact(g.Key, "yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
                decimal growth = g.Aggregate(1m, (acc, i) => acc * (1m + returns[i]));
                return (month.Year, month.Month, (double)(growth - 1m) * 100);
            })
            .ToList();
    }

    /// <summary>Trade statistics straight from their textbook definitions.</summary>
    public static (double WinRate, double ProfitFactor, double Sqn, double Kelly) Trades(IReadOnlyList<TradeOutcome> trades)
    {
        var pnl = trades.Select(t => (decimal)t.Pnl).ToArray();
        var wins = pnl.Where(p => p > 0).ToArray();
        var losses = pnl.Where(p => p < 0).ToArray();
        double winRate = (double)wins.Length / pnl.Length;
        double profitFactor = (double)(wins.Sum() / -losses.Sum());
        double sqn = Math.Sqrt(pnl.Length) * Mean(pnl) / SampleStdDev(pnl);
        double payoff = (double)(wins.Average() / -losses.Average());
        return (winRate * 100, profitFactor, sqn, winRate - ((1 - winRate) / payoff));
    }
}
