using Backtest.Engine.Tests.Indicators.Adl;
using Backtest.Engine.Tests.Indicators.Dema;
using Backtest.Engine.Tests.Indicators.TestData;

namespace Backtest.Engine.Tests.Indicators.ChaikinOsc;

public class ChaikinOscSeriesTests
{
    // Definition (Marc Chaikin; Stock.Indicators docs "Chaikin Oscillator"): EMA(ADL, fast) − EMA(ADL, slow), each EMA
    // (k = 2/(n+1)) starting at the SMA of the first n ADL values; the ADL from the decimal reference.
    [Theory]
    [InlineData(3, 10)]
    [InlineData(1, 2)]
    [InlineData(12, 26)]
    public void RealData_MatchesDefinition(int fast, int slow)
    {
        var btc = CatalogCases.Bitcoin;
        var (adl, _, _) = AdlSeriesTests.Reference(btc);
        double[] fastEma = DemaSeriesTests.Ema(adl, fast, fast - 1, DemaSeriesTests.SmaOfFirst(adl, fast));
        double[] slowEma = DemaSeriesTests.Ema(adl, slow, slow - 1, DemaSeriesTests.SmaOfFirst(adl, slow));
        var actual = Engine.Indicators.ChaikinOsc.Series(btc, fast, slow);
        ColumnAssert.Close(fastEma, actual.FastEma, 1e-9, 1e-2, "FastEma");
        ColumnAssert.Close(slowEma, actual.SlowEma, 1e-9, 1e-2, "SlowEma");
        // The oscillator is a small difference of large EMAs: compare it against the scale of the EMAs it came from.
        double[] oscillator = fastEma.Select((f, i) => f - slowEma[i]).ToArray();
        ColumnAssert.Close(oscillator, actual.Oscillator, 0, 1e-9 * adl.Max(Math.Abs), "Oscillator");
    }

    [Fact]
    public void DefaultQuotes_MatchStockIndicatorsPublishedSamples()
    {
        // Stock.Indicators tests/indicators/a-d/ChaikinOsc/ChaikinOsc.StaticSeries.Tests.cs, ToChaikinOsc(3, 10).
        var r = Engine.Indicators.ChaikinOsc.Series(PublishedSample.DefaultQuotes, 3, 10);
        Assert.Equal(493, r.Oscillator.Count(v => !double.IsNaN(v)));
        PublishedSample.Near(3439986548.42, r.Adl[501], 2, "Adl[501]");
        PublishedSample.Near(0.8052, r.MoneyFlowMultiplier[501], 4, "MoneyFlowMultiplier[501]");
        PublishedSample.Near(118396116.25, r.MoneyFlowVolume[501], 2, "MoneyFlowVolume[501]");
        PublishedSample.Near(-19135200.72, r.Oscillator[501], 2, "Oscillator[501]");
    }
}
