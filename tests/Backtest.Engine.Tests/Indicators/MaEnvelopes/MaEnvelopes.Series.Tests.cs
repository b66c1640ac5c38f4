using Backtest.Engine.Indicators;
using Backtest.Engine.Tests.Indicators.Dema;
using Backtest.Engine.Tests.Indicators.TestData;

namespace Backtest.Engine.Tests.Indicators.MaEnvelopes;

public class MaEnvelopesSeriesTests
{
    // Definition (moving-average envelopes; Stock.Indicators docs "Moving Average Envelopes"): centre = the chosen
    // moving average of close; upper = centre + centre·p/100; lower = centre − centre·p/100.
    [Theory]
    [InlineData(20, 2.5)]
    [InlineData(1, 0.5)]
    [InlineData(50, 10.0)]
    public void RealData_Sma_MatchesDefinition(int n, double percent)
    {
        var s = CatalogCases.Bitcoin;
        double[] center = ColumnAssert.NaNs(s.Count);
        for (int i = n - 1; i < s.Count; i++) center[i] = (double)(Enumerable.Range(i - n + 1, n).Sum(p => (decimal)s.Close[p]) / n);
        AssertEnvelopes(center, percent, Engine.Indicators.MaEnvelopes.Series(s, n, percent));
    }

    [Theory]
    [InlineData(20, 2.5)]
    [InlineData(3, 5.0)]
    public void RealData_Ema_MatchesDefinition(int n, double percent)
    {
        double[] close = CatalogCases.Bitcoin.Close.ToArray();
        double[] center = DemaSeriesTests.Ema(close, n, n - 1, DemaSeriesTests.SmaOfFirst(close, n));
        AssertEnvelopes(center, percent, Engine.Indicators.MaEnvelopes.Series(CatalogCases.Bitcoin, n, percent, MovingAverageType.Ema));
    }

    [Theory]
    [InlineData(20)]
    [InlineData(4)]
    public void RealData_Wma_MatchesDefinition(int n)
    {
        var s = CatalogCases.Bitcoin;
        double[] center = ColumnAssert.NaNs(s.Count);
        for (int i = n - 1; i < s.Count; i++) center[i] = Enumerable.Range(1, n).Sum(w => w * s.Close[i - n + w]) / (n * (n + 1) / 2.0);
        AssertEnvelopes(center, 2.5, Engine.Indicators.MaEnvelopes.Series(s, n, 2.5, MovingAverageType.Wma));
    }

    private static void AssertEnvelopes(double[] center, double percent, MaEnvelopesResult actual)
    {
        ColumnAssert.Close(center, actual.Centerline, 1e-12, what: "Centerline");
        ColumnAssert.Close(center.Select(c => c * (1 + (percent / 100))).ToArray(), actual.UpperEnvelope, 1e-12, what: "UpperEnvelope");
        ColumnAssert.Close(center.Select(c => c * (1 - (percent / 100))).ToArray(), actual.LowerEnvelope, 1e-12, what: "LowerEnvelope");
    }

    [Theory]
    [InlineData(MovingAverageType.Sma, 483, new[] { 24, 249, 501 }, new[] { 215.0310, 220.4068, 209.6552, 255.5500, 261.9388, 249.16125, 251.8600, 258.1565, 245.5635 })]
    [InlineData(MovingAverageType.Dema, 483, new[] { 38, 249, 501 }, new[] { 223.4594, 229.0459, 217.8730, 258.4452, 264.9064, 251.9841, 241.1677, 247.1969, 235.1385 })]
    [InlineData(MovingAverageType.Ema, 483, new[] { 24, 249, 501 }, new[] { 215.0920, 220.4693, 209.7147, 255.3873, 261.7719, 249.0026, 249.3519, 255.5857, 243.1181 })]
    [InlineData(MovingAverageType.Hma, 480, new[] { 149, 501 }, new[] { 236.0835, 241.9856, 230.1814, 235.6972, 241.5897, 229.8048 })]
    [InlineData(MovingAverageType.Smma, 483, new[] { 24, 249, 501 }, new[] { 214.8433, 220.2144, 209.4722, 252.5574, 258.8714, 246.2435, 255.6746, 262.0665, 249.2828 })]
    [InlineData(MovingAverageType.Tema, 483, new[] { 57, 249, 501 }, new[] { 222.6349, 228.2008, 217.0690, 258.6208, 265.0863, 252.1553, 238.7690, 244.7382, 232.7998 })]
    [InlineData(MovingAverageType.Wma, 483, new[] { 149, 501 }, new[] { 235.5253, 241.4135, 229.6372, 246.5110, 252.6738, 240.3483 })]
    public void DefaultQuotes_MatchStockIndicatorsPublishedSamples(MovingAverageType type, int defined, int[] rows, double[] values)
    {
        var r = Engine.Indicators.MaEnvelopes.Series(PublishedSample.DefaultQuotes, 20, 2.5, type);
        Assert.Equal(defined, r.Centerline.Count(double.IsFinite));
        for (int k = 0; k < rows.Length; k++)
        {
            int i = rows[k];
            PublishedSample.Near(values[3 * k], r.Centerline[i], 4, $"{type} Centerline[{i}]");
            PublishedSample.Near(values[(3 * k) + 1], r.UpperEnvelope[i], 4, $"{type} UpperEnvelope[{i}]");
            PublishedSample.Near(values[(3 * k) + 2], r.LowerEnvelope[i], 4, $"{type} LowerEnvelope[{i}]");
        }
    }

    [Theory]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(6)]
    public void UnsupportedType_ThrowsNamingTheChoices(double type)
    {
        // 2 (EPMA), 5 (KAMA) and 6 (MAMA) lie inside the numeric range but are not offered (0, ALMA, is below it).
        var ex = Assert.Throws<Errors.BacktestException>(() => IndicatorCatalog.Compute("MaEnvelopes", CatalogCases.Bitcoin, [20, 2.5, type]));
        Assert.Equal("movingAverageType", ex.Target);
        Assert.Contains("7 = SMA", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HmaOfOne_ThrowsNamingMaEnvelopes()
    {
        var ex = Assert.Throws<Errors.BacktestException>(() => IndicatorCatalog.Compute("MaEnvelopes", CatalogCases.Bitcoin, [1, 2.5, 4]));
        Assert.Equal("lookbackPeriods", ex.Target);
        Assert.StartsWith("MaEnvelopes:", ex.Message, StringComparison.Ordinal);
    }
}
