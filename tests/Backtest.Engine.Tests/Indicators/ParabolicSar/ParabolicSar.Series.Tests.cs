using Backtest.Engine.Data;
using Backtest.Engine.Tests.Indicators.TestData;

namespace Backtest.Engine.Tests.Indicators.ParabolicSar;

public class ParabolicSarSeriesTests
{
    // Definition (J. Welles Wilder, "New Concepts in Technical Trading Systems", 1978, as Stock.Indicators
    // implements it): bar 0 assumes a rising trend with EP = high0, SAR = low0, AF = initial factor. Rising:
    // SAR = SAR' + AF·(EP − SAR'), no higher than the two previous lows; a low below it reverses (SAR = EP,
    // EP = low, AF = initial), else a new high raises EP and AF by the step (capped). Falling mirrors it. The
    // whole series is computed first, then every value up to and including the first reversal is blanked.
    private static (double[] Sar, double[] Reversal) Reference(CandleSeries s, double step, double max, double initial)
    {
        int count = s.Count;
        double[] sar = ColumnAssert.NaNs(count), reversal = ColumnAssert.NaNs(count);
        bool rising = true;
        double af = initial, ep = s.High[0], prior = s.Low[0];
        for (int i = 1; i < count; i++)
        {
            double candidate = rising ? prior + (af * (ep - prior)) : prior - (af * (prior - ep));
            if (i >= 2)
            {
                candidate = rising
                    ? new[] { candidate, s.Low[i - 1], s.Low[i - 2] }.Min()
                    : new[] { candidate, s.High[i - 1], s.High[i - 2] }.Max();
            }
            bool reverses = rising ? s.Low[i] < candidate : s.High[i] > candidate;
            if (reverses)
            {
                sar[i] = ep;
                rising = !rising;
                af = initial;
                ep = rising ? s.High[i] : s.Low[i];
            }
            else
            {
                sar[i] = candidate;
                bool newExtreme = rising ? s.High[i] > ep : s.Low[i] < ep;
                if (newExtreme)
                {
                    ep = rising ? s.High[i] : s.Low[i];
                    af = Math.Min(af + step, max);
                }
            }
            reversal[i] = reverses ? 1 : 0;
            prior = sar[i];
        }
        int cut = Array.IndexOf(reversal, 1.0);
        if (cut < 0) cut = count - 1;
        for (int i = 0; i <= cut; i++) sar[i] = reversal[i] = double.NaN;
        return (sar, reversal);
    }

    [Theory]
    [InlineData(0.02, 0.2, 0.02)]
    [InlineData(0.01, 0.1, 0.005)]
    [InlineData(0.05, 0.5, 0.1)]
    public void RealData_MatchesDefinition(double step, double max, double initial)
    {
        var s = CatalogCases.Bitcoin;
        var (sar, reversal) = Reference(s, step, max, initial);
        var actual = Engine.Indicators.ParabolicSar.Series(s, step, max, initial);
        ColumnAssert.Close(sar, actual.Sar, 1e-12, what: "Sar");
        ColumnAssert.Close(reversal, actual.IsReversal, 0, what: "IsReversal");
        Assert.Contains(1.0, actual.IsReversal);
    }

    [Fact]
    public void DefaultQuotes_MatchStockIndicatorsPublishedSamples()
    {
        var quotes = PublishedSample.DefaultQuotes;
        var r = Engine.Indicators.ParabolicSar.Series(quotes, 0.02, 0.2);
        Assert.Equal(488, r.Sar.Count(double.IsFinite));
        PublishedSample.Near(212.83, r.Sar[14], 4, "Sar[14]");
        Assert.Equal(1, r.IsReversal[14]);
        foreach (var (i, sar) in new[] { (16, 212.9924), (94, 228.3600), (501, 229.7662) })
        {
            PublishedSample.Near(sar, r.Sar[i], 4, $"Sar[{i}]");
            Assert.Equal(0, r.IsReversal[i]);
        }

        var extended = Engine.Indicators.ParabolicSar.Series(quotes, 0.02, 0.2, 0.01);
        Assert.Equal(488, extended.Sar.Count(double.IsFinite));
        foreach (var (i, sar) in new[] { (14, 212.83), (16, 212.9518), (94, 228.36), (486, 273.4148), (501, 246.73) })
        {
            PublishedSample.Near(sar, extended.Sar[i], 4, $"Sar[{i}] with initialFactor 0.01");
        }
    }

    [Fact]
    public void NoReversalYet_IsNaNEverywhere()
    {
        // Stock.Indicators' insufficient-quotes case: the first ten default quotes hold no reversal, so the guessed
        // first trend is never reported (Stock.Indicators blanks it after the fact; we never show it).
        var r = Engine.Indicators.ParabolicSar.Series(PublishedSample.DefaultQuotes.SliceByIndex(0, 10));
        Assert.All(r.Sar, v => Assert.True(double.IsNaN(v)));
    }

    [Fact]
    public void StepAboveCap_Throws()
    {
        var ex = Assert.Throws<Errors.BacktestException>(() => Engine.Indicators.ParabolicSar.Series(PublishedSample.DefaultQuotes, 0.3, 0.2));
        Assert.Equal("accelerationStep", ex.Target);
        ex = Assert.Throws<Errors.BacktestException>(() => Engine.Indicators.ParabolicSar.Series(PublishedSample.DefaultQuotes, 0.02, 0.2, 0.5));
        Assert.Equal("initialFactor", ex.Target);
    }
}
