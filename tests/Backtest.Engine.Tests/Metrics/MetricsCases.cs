using Backtest.Engine.Data;
using Backtest.Engine.Metrics;

namespace Backtest.Engine.Tests.Metrics;

/// <summary>Builds metric inputs: equity curves on consecutive bars, trades, and seeded random curves.</summary>
internal static class MetricsCases
{
    /// <summary>2024-01-30 00:00 UTC: two bars before a month end, so small daily cases span two months.</summary>
    public static readonly DateTime Start = new(2024, 1, 30, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Open times of <paramref name="count"/> consecutive bars from <paramref name="start"/>.</summary>
    public static long[] Times(int count, Interval interval, DateTime? start = null)
    {
        var times = new long[count];
        long t = new DateTimeOffset(start ?? Start).ToUnixTimeMilliseconds();
        for (int i = 0; i < count; i++)
        {
            times[i] = t;
            t = interval.Next(t);
        }
        return times;
    }

    /// <summary>An input over consecutive bars of <paramref name="interval"/> (daily by default) with no trades.</summary>
    public static PerformanceInput Input(double initialCash, double[] equity, Interval? interval = null, IReadOnlyList<TradeOutcome>? trades = null)
    {
        var iv = interval ?? Interval.OneDay;
        return new PerformanceInput(equity, Times(equity.Length, iv), iv, initialCash, trades ?? []);
    }

    /// <summary>The equity path <c>start · Π(1 + r)</c>, one value per return.</summary>
    public static double[] EquityFromReturns(double start, IReadOnlyList<double> returns)
    {
        var equity = new double[returns.Count];
        double value = start;
        for (int i = 0; i < returns.Count; i++)
        {
            value *= 1 + returns[i];
            equity[i] = value;
        }
        return equity;
    }

    /// <summary>A reproducible random walk with fat-ish tails and trends, so drawdowns, recoveries and new highs all occur.</summary>
    public static double[] RandomEquity(int seed, int count, double start = 10_000)
    {
        var random = new Random(seed);
        var returns = new double[count];
        double drift = (random.NextDouble() - 0.45) * 0.004;
        for (int i = 0; i < count; i++)
        {
            double shock = (random.NextDouble() - 0.5) * 0.04;
            if (random.Next(25) == 0) shock *= 4;
            returns[i] = drift + shock;
        }
        return EquityFromReturns(start, returns);
    }

    /// <summary>A trade with the fields the metrics read; prices and quantity are filled plausibly.</summary>
    public static TradeOutcome Trade(DateTime entry, DateTime exit, double pnl, double returnPct, TradeSide side = TradeSide.Long, int barsHeld = 1) =>
        new(entry, exit, side, 1, 100, 100 * (1 + ((int)side * returnPct / 100)), pnl, returnPct, 0.1, barsHeld);

    /// <summary>Random trades over a run, a mix of wins and losses.</summary>
    public static List<TradeOutcome> RandomTrades(int seed, int count)
    {
        var random = new Random(seed);
        var trades = new List<TradeOutcome>(count);
        var t = Start;
        for (int i = 0; i < count; i++)
        {
            var exit = t.AddHours(1 + random.Next(200));
            double returnPct = (random.NextDouble() - 0.45) * 20;
            trades.Add(Trade(t, exit, returnPct * (50 + random.Next(100)), returnPct, random.Next(2) == 0 ? TradeSide.Long : TradeSide.Short));
            t = exit.AddHours(random.Next(10));
        }
        return trades;
    }
}
