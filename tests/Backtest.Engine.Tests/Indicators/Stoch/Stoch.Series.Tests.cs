using Backtest.Engine.Data;
using Backtest.Engine.Tests.Indicators.TestData;

namespace Backtest.Engine.Tests.Indicators.Stoch;

public class StochSeriesTests
{
    // Definition (George Lane; Stock.Indicators docs "Stochastic Oscillator"): over the last n bars,
    // %K_raw = 100·(C − LL)/(HH − LL) (0 when HH = LL); %K = SMA(smooth) of %K_raw; %D = SMA(signal) of %K;
    // %J = 3·%K − 2·%D. Every window is re-scanned and every SMA re-summed here.
    internal static double[] RawK(IReadOnlyList<double> high, IReadOnlyList<double> low, IReadOnlyList<double> close, int n)
    {
        var raw = ColumnAssert.NaNs(close.Count);
        for (int i = n - 1; i < close.Count; i++)
        {
            double hh = double.MinValue, ll = double.MaxValue;
            for (int j = i - n + 1; j <= i; j++)
            {
                hh = Math.Max(hh, high[j]);
                ll = Math.Min(ll, low[j]);
            }
            raw[i] = hh == ll ? 0 : 100 * (close[i] - ll) / (hh - ll);
        }
        return raw;
    }

    internal static double[] Sma(double[] x, int n)
    {
        if (n == 1) return x;
        var result = ColumnAssert.NaNs(x.Length);
        for (int i = n - 1; i < x.Length; i++) result[i] = x.Skip(i - n + 1).Take(n).Sum() / n;
        return result;
    }

    [Theory]
    [InlineData(14, 3, 3)]
    [InlineData(5, 1, 1)]
    [InlineData(9, 4, 2)]
    public void RealData_MatchesDefinition(int lookback, int signal, int smooth)
    {
        CandleSeries btc = CatalogCases.Bitcoin;
        double[] k = Sma(RawK(btc.High.ToArray(), btc.Low.ToArray(), btc.Close.ToArray(), lookback), smooth);
        double[] d = Sma(k, signal);
        var actual = Engine.Indicators.Stoch.Series(btc, lookback, signal, smooth);
        ColumnAssert.Close(k, actual.Oscillator, 1e-12, 1e-12, "%K");
        ColumnAssert.Close(d, actual.Signal, 1e-12, 1e-12, "%D");
        ColumnAssert.Close(k.Select((v, i) => (3 * v) - (2 * d[i])).ToArray(), actual.PercentJ, 1e-12, 1e-11, "%J");
    }

    [Fact]
    public void CloseAtWindowHigh_IsExactly100()
    {
        var result = Engine.Indicators.Stoch.Series([10, 12, 11, 13], [9, 10, 10, 11], [9.5, 11, 10.5, 13], 3, 1, 1);
        Assert.Equal(100d, result.Oscillator[3]);
        Assert.Equal(100d * (10.5 - 9) / (12 - 9), result.Oscillator[2], 1e-14);
    }
}
