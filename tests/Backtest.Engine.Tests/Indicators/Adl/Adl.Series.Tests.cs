using Backtest.Engine.Tests.Indicators.TestData;

namespace Backtest.Engine.Tests.Indicators.Adl;

public class AdlSeriesTests
{
    // Definition (Marc Chaikin; Stock.Indicators docs "Accumulation/Distribution Line"): close location value
    // CLV = ((C − L) − (H − C))/(H − L) (0 when H = L), money flow volume = CLV·V, ADL = running sum of it from 0.
    // Decimal running sum here.
    internal static (double[] Adl, double[] Multiplier, double[] FlowVolume) Reference(Engine.Data.CandleSeries s)
    {
        double[] adl = new double[s.Count], multiplier = new double[s.Count], flowVolume = new double[s.Count];
        decimal sum = 0;
        for (int i = 0; i < s.Count; i++)
        {
            decimal h = (decimal)s.High[i], l = (decimal)s.Low[i], c = (decimal)s.Close[i];
            decimal clv = h == l ? 0 : ((c - l) - (h - c)) / (h - l);
            decimal mfv = clv * (decimal)s.Volume[i];
            sum += mfv;
            (adl[i], multiplier[i], flowVolume[i]) = ((double)sum, (double)clv, (double)mfv);
        }
        return (adl, multiplier, flowVolume);
    }

    [Fact]
    public void RealData_MatchesDefinition()
    {
        var btc = CatalogCases.Bitcoin;
        var (adl, multiplier, flowVolume) = Reference(btc);
        var actual = Engine.Indicators.Adl.Series(btc);
        ColumnAssert.Close(multiplier, actual.MoneyFlowMultiplier, 1e-12, 1e-12, "MoneyFlowMultiplier"); // a near-zero CLV cancels
        // A near-zero multiplier carries an absolute error, which the volume then scales: compare per bar at that scale.
        for (int i = 0; i < btc.Count; i++) Assert.Equal(flowVolume[i], actual.MoneyFlowVolume[i], 1e-11 * btc.Volume[i]);
        ColumnAssert.Close(adl, actual.Adl, 1e-9, 1e-3, "Adl");
    }

    [Fact]
    public void NaNBar_IsLeftOutOfTheSum()
    {
        var r = Engine.Indicators.Adl.Series([2, 2, 2, 2], [0, 0, 0, 0], [2, 1, 2, 0], [10, double.NaN, 5, 1]);
        Assert.Equal([10, double.NaN, 15, 14], r.Adl);
        Assert.Equal([1, 0, 1, -1], r.MoneyFlowMultiplier);
    }

    [Fact]
    public void DefaultQuotes_MatchStockIndicatorsPublishedSamples()
    {
        // Stock.Indicators tests/indicators/a-d/Adl/Adl.StaticSeries.Tests.cs, ToAdl().
        var r = Engine.Indicators.Adl.Series(PublishedSample.DefaultQuotes);
        foreach (var (i, mfm, mfv, adl) in new[] { (249, 0.7778, 36433792.89, 3266400865.74), (501, 0.8052, 118396116.25, 3439986548.42) })
        {
            PublishedSample.Near(mfm, r.MoneyFlowMultiplier[i], 4, $"MoneyFlowMultiplier[{i}]");
            PublishedSample.Near(mfv, r.MoneyFlowVolume[i], 2, $"MoneyFlowVolume[{i}]");
            PublishedSample.Near(adl, r.Adl[i], 2, $"Adl[{i}]");
        }
    }
}
