using Backtest.Engine.Data;
using Backtest.Engine.Metrics;

namespace Backtest.Engine.Tests.Metrics;

/// <summary>
/// VaR and CVaR on inputs large enough for the narrowing path (a sampled threshold, then selection over the kept
/// values), in orders that defeat the sample and force the fallback, against a full sort.
/// </summary>
public class TailRiskTests
{
    public static TheoryData<string, int> Orders() => new()
    {
        { "random", 40_000 }, { "random", 100_003 }, { "ascending", 100_000 }, { "descending", 100_000 },
        { "highs on the sample stride", 131_072 }, { "lows on the sample stride", 131_072 }, { "many ties", 60_000 }, { "small", 500 },
    };

    private static double[] Make(string order, int n)
    {
        var random = new Random(n);
        double[] values = Enumerable.Range(0, n).Select(_ => (random.NextDouble() - 0.5) * 0.05).ToArray();
        switch (order)
        {
            case "ascending":
                Array.Sort(values);
                break;
            case "descending":
                Array.Sort(values);
                Array.Reverse(values);
                break;
            case "highs on the sample stride":
                // The sampler reads every (n / 4096)-th value: large values there make its threshold keep everything.
                for (int i = 0; i < n; i += n / 4096) values[i] = 1 + (i % 3);
                break;
            case "lows on the sample stride":
                // Very low values there make the threshold keep too few, so the count check must fall back.
                for (int i = 0; i < n; i += n / 4096) values[i] = -1 - (i % 3);
                break;
            case "many ties":
                for (int i = 0; i < n; i++) values[i] = Math.Round(values[i] * 200) / 200;
                break;
        }
        return values;
    }

    [Theory]
    [MemberData(nameof(Orders))]
    public void LargeInputs_MatchFullSort(string order, int n)
    {
        double[] values = Make(order, n);
        double[] copy = (double[])values.Clone();
        double[] sorted = (double[])values.Clone();
        Array.Sort(sorted);
        foreach (double cutoff in new[] { 0.0, 0.01, 0.05, 0.5, 0.99, 1.0 })
        {
            double rank = (n - 1) * cutoff;
            int k = (int)Math.Floor(rank);
            double var = sorted[k] + ((rank - k) * (sorted[Math.Min(k + 1, n - 1)] - sorted[k]));
            Near.Equal(var, ValueAtRisk.Historical(values, cutoff), 1e-12, 1e-15, $"{order} VaR {cutoff}");
            Near.Equal(sorted.Take(k + 1).Average(), ConditionalValueAtRisk.Historical(values, cutoff), 1e-9, 1e-15, $"{order} CVaR {cutoff}");
        }
        Assert.Equal(copy, values); // the public methods work on a copy
    }

    [Fact]
    public void CalculatorTailMetrics_MatchStandaloneFunctionsOnALongCurve()
    {
        double[] equity = MetricsCases.RandomEquity(77, 120_000);
        var input = MetricsCases.Input(10_000, equity, Interval.OneMinute);
        var m = PerformanceCalculator.Compute(input);
        double[] returns = PerformanceCalculator.Returns(input);
        Assert.Equal(ValueAtRisk.Historical(returns, 0.05) * 100, m.ValueAtRisk95Pct);
        Assert.Equal(ConditionalValueAtRisk.Historical(returns, 0.05) * 100, m.ConditionalValueAtRisk95Pct);
        Near.Equal(NaiveMetrics.Percentile(returns, 0.05) * 100, m.ValueAtRisk95Pct, 1e-12, what: "VaR vs sort");
    }

    [Theory]
    [InlineData(61, 3)]
    [InlineData(62, 900)]
    [InlineData(63, 50_000)]
    public void CalculatorDrawdown_EqualsTheMaxDrawdownDefinitionExactly(int seed, int bars)
    {
        double[] equity = MetricsCases.RandomEquity(seed, bars);
        var m = PerformanceCalculator.Compute(MetricsCases.Input(10_000, equity, Interval.OneMinute));
        Assert.Equal(MaxDrawdown.Pct(equity, 10_000), m.MaxDrawdownPct);
        Assert.Equal(MaxDrawdown.Quote(equity, 10_000), m.MaxDrawdownQuote);
        Assert.Equal(Math.Max(10_000, equity.Max()), m.PeakEquity);
        Assert.Equal(SharpeRatio.Compute(BarReturns.Compute(equity, 10_000), 525_600), m.SharpeRatio);
        Assert.Equal(AnnualVolatility.Pct(BarReturns.Compute(equity, 10_000), 525_600), m.AnnualVolatilityPct);
    }
}
