using Backtest.Engine.Tests.Indicators.Dema;
using Backtest.Engine.Tests.Indicators.TestData;

namespace Backtest.Engine.Tests.Indicators.Keltner;

public class KeltnerSeriesTests
{
    // Definition (Chester Keltner, as revised by Linda Raschke; Stock.Indicators docs "Keltner Channels"):
    // centre = EMA(close, emaPeriods); bands = centre ± multiplier·ATR(atrPeriods), ATR by Wilder (first value
    // the mean of true ranges 1..n); width = (upper − lower)/centre; nothing before bar max(ema, atr) − 1.
    [Theory]
    [InlineData(20, 2.0, 10)]
    [InlineData(10, 1.5, 30)]
    public void RealData_MatchesDefinition(int emaPeriods, double multiplier, int atrPeriods)
    {
        var btc = CatalogCases.Bitcoin;
        double[] close = btc.Close.ToArray();
        double[] ema = DemaSeriesTests.Ema(close, emaPeriods, emaPeriods - 1, DemaSeriesTests.SmaOfFirst(close, emaPeriods));
        double[] tr = Enumerable.Range(0, btc.Count)
            .Select(i => i == 0 ? double.NaN : Math.Max(btc.High[i], close[i - 1]) - Math.Min(btc.Low[i], close[i - 1])).ToArray();
        double[] atr = ColumnAssert.NaNs(btc.Count);
        atr[atrPeriods] = tr.Skip(1).Take(atrPeriods).Average();
        for (int i = atrPeriods + 1; i < btc.Count; i++) atr[i] = atr[i - 1] + ((tr[i] - atr[i - 1]) / atrPeriods);

        int first = Math.Max(emaPeriods, atrPeriods) - 1;
        double[] upper = ColumnAssert.NaNs(btc.Count), center = ColumnAssert.NaNs(btc.Count), lower = ColumnAssert.NaNs(btc.Count), width = ColumnAssert.NaNs(btc.Count);
        for (int i = first; i < btc.Count; i++)
        {
            center[i] = ema[i];
            upper[i] = ema[i] + (multiplier * atr[i]);
            lower[i] = ema[i] - (multiplier * atr[i]);
            width[i] = 2 * multiplier * atr[i] / ema[i];
        }
        var actual = Engine.Indicators.Keltner.Series(btc, emaPeriods, multiplier, atrPeriods);
        ColumnAssert.Close(center, actual.Centerline, 1e-10, what: "Centerline");
        ColumnAssert.Close(upper, actual.UpperBand, 1e-10, what: "UpperBand");
        ColumnAssert.Close(lower, actual.LowerBand, 1e-10, what: "LowerBand");
        ColumnAssert.Close(width, actual.Width, 1e-9, what: "Width");
    }
}
