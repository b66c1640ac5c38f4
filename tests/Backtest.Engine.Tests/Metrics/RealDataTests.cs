using Backtest.Engine.Data;
using Backtest.Engine.Metrics;

namespace Backtest.Engine.Tests.Metrics;

/// <summary>
/// Buy-and-hold on real Binance spot BTCUSDT daily candles (3063 bars, 2017-08-17 .. 2026-01-04): the account buys
/// at the first close and holds, so its equity is <c>cash · close / close[0]</c>. Prices come from the tests' own
/// CSV parser; the references are computed straight from the file.
/// </summary>
public class RealDataTests
{
    private const double Cash = 10_000;

    private static readonly Lazy<(double[] Close, long[] Time)> Btc = new(() =>
    {
        var file = ReferenceCandles.Load("spot/BTCUSDT-1d.csv");
        return (Enumerable.Range(0, file.Count).Select(i => file.Number(i, 4)).ToArray(), file.OpenTime);
    });

    private static PerformanceInput BuyAndHold()
    {
        var (close, time) = Btc.Value;
        double[] equity = close.Select(c => Cash * c / close[0]).ToArray();
        return new PerformanceInput(equity, time, Interval.OneDay, Cash, [])
        {
            BarsInMarket = close.Length,
            BuyAndHoldReturnPct = BuyAndHoldReturn.Pct(close),
        };
    }

    [Fact]
    public void BuyAndHold_TotalReturnEqualsBenchmark()
    {
        var m = PerformanceCalculator.Compute(BuyAndHold());
        var (close, _) = Btc.Value;
        Near.Equal((close[^1] - close[0]) / close[0] * 100, m.TotalReturnPct, 1e-12, what: "total return");
        Near.Equal(m.BuyAndHoldReturnPct, m.TotalReturnPct, 1e-12, what: "equals buy and hold");
        Assert.Equal(100, m.ExposurePct);
        Assert.Equal(3063, m.Bars);
    }

    [Fact]
    public void BuyAndHold_MonthlyTableEqualsMonthEndCloseRatios()
    {
        var (close, time) = Btc.Value;
        // Last close of each calendar month, from the raw file; the first month compounds from the first close.
        var monthEnds = Enumerable.Range(0, close.Length)
            .GroupBy(i => DateTimeOffset.FromUnixTimeMilliseconds(time[i]).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture))
            .Select(g => close[g.Max()])
            .ToList();
        var table = PerformanceCalculator.MonthlyReturns(BuyAndHold());
        Assert.Equal(monthEnds.Count, table.Count);
        Assert.Equal((2017, 8), (table[0].Year, table[0].Month));
        Assert.Equal((2026, 1), (table[^1].Year, table[^1].Month));
        double previous = close[0];
        for (int i = 0; i < table.Count; i++)
        {
            Near.Equal(((monthEnds[i] / previous) - 1) * 100, table[i].ReturnPct, 1e-10, 1e-10, $"{table[i].Year}-{table[i].Month}");
            previous = monthEnds[i];
        }
    }

    [Fact]
    public void BuyAndHold_DrawdownMatchesBruteForceOnPrices()
    {
        var (close, time) = Btc.Value;
        var m = PerformanceCalculator.Compute(BuyAndHold());
        // Deepest fall of the close from any earlier close, and how long the longest wait for a new high lasted.
        double deepest = 0, best = 0;
        int longestDays = 0;
        for (int i = 0; i < close.Length; i++)
        {
            best = Math.Max(best, close[i]);
            deepest = Math.Max(deepest, 1 - (close[i] / best));
            int peak = Array.LastIndexOf(close, best, i);
            int recovered = Array.FindIndex(close, i, c => c >= best);
            int end = recovered < 0 ? close.Length - 1 : recovered;
            longestDays = Math.Max(longestDays, (int)((time[end] - time[peak]) / 86_400_000));
        }
        Near.Equal(deepest * 100, m.MaxDrawdownPct, 1e-10, what: "max drawdown");
        Assert.Equal(TimeSpan.FromDays(longestDays), m.MaxDrawdownDuration);
        Assert.True(m.MaxDrawdownPct > 50 && m.MaxDrawdownPct < 90, $"BTC's deepest daily-close fall is a bear market, got {m.MaxDrawdownPct}");
    }

    [Fact]
    public void BuyAndHold_RatiosMatchNaiveReference()
    {
        var input = BuyAndHold();
        var m = PerformanceCalculator.Compute(input);
        var returns = NaiveMetrics.Returns(Cash, input.Equity.ToArray());
        Near.Equal(NaiveMetrics.Sharpe(returns, 365), m.SharpeRatio, 1e-9, what: "Sharpe");
        Near.Equal(NaiveMetrics.Sortino(returns, 365), m.SortinoRatio, 1e-9, what: "Sortino");
        double[] doubles = returns.Select(r => (double)r).ToArray();
        Near.Equal(NaiveMetrics.Percentile(doubles, 0.05) * 100, m.ValueAtRisk95Pct, 1e-9, what: "VaR");
        Near.Equal(NaiveMetrics.ExpectedShortfall(doubles, 0.05) * 100, m.ConditionalValueAtRisk95Pct, 1e-9, what: "CVaR");
    }
}
