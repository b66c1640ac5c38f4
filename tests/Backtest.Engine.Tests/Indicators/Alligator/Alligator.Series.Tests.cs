using Backtest.Engine.Data;
using Backtest.Engine.Indicators;
using Backtest.Engine.Tests.Indicators.TestData;

namespace Backtest.Engine.Tests.Indicators.Alligator;

public class AlligatorSeriesTests
{
    // Definition (Bill Williams, "Trading Chaos", 1995; Stock.Indicators docs "Williams Alligator"): median price
    // P = (H + L)/2; each line is Wilder's SMMA of P (first value the SMA of n values, then (S'·(n−1) + P)/n),
    // shifted forward: the line on bar i is the SMMA as of bar i − offset.
    private static double[] Line(CandleSeries s, int n, int offset)
    {
        double[] median = Enumerable.Range(0, s.Count).Select(i => (s.High[i] + s.Low[i]) / 2).ToArray();
        double[] smma = ColumnAssert.NaNs(s.Count), line = ColumnAssert.NaNs(s.Count);
        smma[n - 1] = median.Take(n).Average();
        for (int i = n; i < s.Count; i++) smma[i] = ((smma[i - 1] * (n - 1)) + median[i]) / n;
        for (int i = offset; i < s.Count; i++) line[i] = smma[i - offset];
        return line;
    }

    [Theory]
    [InlineData(13, 8, 8, 5, 5, 3)]
    [InlineData(21, 13, 13, 8, 8, 5)]
    [InlineData(4, 1, 3, 1, 2, 1)]
    public void RealData_MatchesDefinition(int jaw, int jawOffset, int teeth, int teethOffset, int lips, int lipsOffset)
    {
        var s = CatalogCases.Bitcoin;
        var actual = Engine.Indicators.Alligator.Series(s, new AlligatorParameters(jaw, jawOffset, teeth, teethOffset, lips, lipsOffset));
        ColumnAssert.Close(Line(s, jaw, jawOffset), actual.Jaw, 1e-12, what: "Jaw");
        ColumnAssert.Close(Line(s, teeth, teethOffset), actual.Teeth, 1e-12, what: "Teeth");
        ColumnAssert.Close(Line(s, lips, lipsOffset), actual.Lips, 1e-12, what: "Lips");
    }

    [Fact]
    public void DefaultQuotes_MatchStockIndicatorsPublishedSamples()
    {
        var r = Engine.Indicators.Alligator.Series(PublishedSample.DefaultQuotes);
        Assert.Equal(482, r.Jaw.Count(double.IsFinite));
        Assert.Equal(490, r.Teeth.Count(double.IsFinite));
        Assert.Equal(495, r.Lips.Count(double.IsFinite));
        Assert.True(double.IsNaN(r.Jaw[19]) && double.IsNaN(r.Teeth[11]) && double.IsNaN(r.Lips[6]));
        foreach (var (i, value) in new[] { (20, 213.81269), (21, 213.79287), (99, 225.60571), (501, 260.98953) }) PublishedSample.Near(value, r.Jaw[i], 5, $"Jaw[{i}]");
        foreach (var (i, value) in new[] { (12, 213.699375), (13, 213.80008), (99, 226.12157), (501, 253.53576) }) PublishedSample.Near(value, r.Teeth[i], 5, $"Teeth[{i}]");
        foreach (var (i, value) in new[] { (7, 213.63500), (8, 213.74900), (99, 226.35353), (501, 244.29591) }) PublishedSample.Near(value, r.Lips[i], 5, $"Lips[{i}]");
    }

    [Theory]
    [InlineData(new double[] { 13, 8, 13 }, "jawPeriods")]
    [InlineData(new double[] { 13, 8, 8, 5, 8 }, "teethPeriods")]
    [InlineData(new double[] { 13, 8, 12, 11 }, "jawPeriods")]
    [InlineData(new double[] { 13, 8, 8, 5, 7, 7 }, "teethPeriods")]
    public void LinesOutOfOrder_Throw(double[] parameters, string target)
    {
        // Stock.Indicators' own rejected combinations.
        var ex = Assert.Throws<Errors.BacktestException>(() => IndicatorCatalog.Compute("Alligator", CatalogCases.Bitcoin, parameters));
        Assert.Equal(target, ex.Target);
    }
}
