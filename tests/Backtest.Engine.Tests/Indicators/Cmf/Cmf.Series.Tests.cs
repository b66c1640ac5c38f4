using Backtest.Engine.Tests.Indicators.Adl;
using Backtest.Engine.Tests.Indicators.TestData;

namespace Backtest.Engine.Tests.Indicators.Cmf;

public class CmfSeriesTests
{
    // Definition (Marc Chaikin; Stock.Indicators docs "Chaikin Money Flow"): over the last n bars,
    // CMF = Σ(money flow volume)/Σ(volume), money flow volume as in the ADL reference. Decimal window sums.
    [Theory]
    [InlineData(20)]
    [InlineData(1)]
    [InlineData(60)]
    public void RealData_MatchesDefinition(int n)
    {
        var btc = CatalogCases.Bitcoin;
        var (_, multiplier, flowVolume) = AdlSeriesTests.Reference(btc);
        var expected = ColumnAssert.NaNs(btc.Count);
        for (int i = n - 1; i < btc.Count; i++)
        {
            decimal flow = 0, volume = 0;
            for (int j = i - n + 1; j <= i; j++)
            {
                flow += (decimal)flowVolume[j];
                volume += (decimal)btc.Volume[j];
            }
            expected[i] = (double)(flow / volume);
        }
        var actual = Engine.Indicators.Cmf.Series(btc, n);
        ColumnAssert.Close(expected, actual.Cmf, 1e-9, 1e-12, $"Cmf({n})");
        ColumnAssert.Close(multiplier, actual.MoneyFlowMultiplier, 1e-12, 1e-12, "MoneyFlowMultiplier"); // a near-zero CLV cancels
    }

    [Fact]
    public void NoVolume_IsUndefined() => Assert.True(double.IsNaN(Engine.Indicators.Cmf.Series([2, 2], [1, 1], [2, 1], [0, 0], 2).Cmf[1]));

    [Fact]
    public void DefaultQuotes_MatchStockIndicatorsPublishedSamples()
    {
        // Stock.Indicators tests/indicators/a-d/Cmf/Cmf.StaticSeries.Tests.cs, ToCmf() = ToCmf(20).
        var r = Engine.Indicators.Cmf.Series(PublishedSample.DefaultQuotes);
        Assert.Equal(483, r.Cmf.Count(v => !double.IsNaN(v)));
        foreach (var (i, mfm, mfv, cmf) in new[] { (49, 0.5468, 55609259.0, 0.350596), (249, 0.7778, 36433792.89, -0.040226), (501, 0.8052, 118396116.25, -0.123754) })
        {
            PublishedSample.Near(mfm, r.MoneyFlowMultiplier[i], 4, $"MoneyFlowMultiplier[{i}]");
            PublishedSample.Near(mfv, r.MoneyFlowVolume[i], 2, $"MoneyFlowVolume[{i}]");
            PublishedSample.Near(cmf, r.Cmf[i], 6, $"Cmf[{i}]");
        }
    }
}
