using Backtest.Engine.Data;
using Backtest.Engine.Tests.Indicators.TestData;

namespace Backtest.Engine.Tests.Indicators.Vwap;

public class VwapSeriesTests
{
    // Definition (Stock.Indicators docs "VWAP"): from the anchor on, VWAP = Σ V·(H + L + C)/3 / Σ V, cumulative;
    // undefined before the anchor. Computed here in decimal.
    private static double[] Reference(CandleSeries s, int start)
    {
        var result = ColumnAssert.NaNs(s.Count);
        decimal volume = 0, weighted = 0;
        for (int i = start; i < s.Count; i++)
        {
            decimal v = (decimal)s.Volume[i];
            volume += v;
            weighted += v * ((decimal)s.High[i] + (decimal)s.Low[i] + (decimal)s.Close[i]) / 3;
            result[i] = volume == 0 ? double.NaN : (double)(weighted / volume);
        }
        return result;
    }

    [Fact]
    public void RealData_FromFirstBar_MatchesDefinition()
    {
        var btc = CatalogCases.Bitcoin;
        ColumnAssert.Close(Reference(btc, 0), Engine.Indicators.Vwap.Series(btc), 1e-11, what: "Vwap");
    }

    [Fact]
    public void RealData_Anchored_StartsAtAnchor()
    {
        var intraday = QuoteFile.Read("binance/spot/BTCUSDT-1m-2023-04.csv.gz", take: 3000);
        var anchor = CandleSeries.ToUtc(intraday.OpenTimeMs[1234]);
        ColumnAssert.Close(Reference(intraday, 1234), Engine.Indicators.Vwap.Series(intraday, anchor), 1e-11, what: "Vwap anchored");
    }
}
