using Backtest.Engine.Tests.Indicators.Stoch;
using Backtest.Engine.Tests.Indicators.TestData;

namespace Backtest.Engine.Tests.Indicators.StochRsi;

public class StochRsiSeriesTests
{
    // Definitions: RSI (Wilder 1978: averages of the first n gains/losses, then (avg·(n−1) + x)/n;
    // RSI = 100 − 100/(1 + avgGain/avgLoss)); Stochastic RSI (Chande & Kroll 1994; Stock.Indicators docs):
    // the stochastic oscillator of the RSI values (RSI as high, low and close), from the first RSI value on.
    internal static double[] Rsi(double[] x, int n)
    {
        var rsi = ColumnAssert.NaNs(x.Length);
        double gain = 0, loss = 0;
        for (int i = 1; i < x.Length; i++)
        {
            double up = Math.Max(x[i] - x[i - 1], 0), down = Math.Max(x[i - 1] - x[i], 0);
            if (i <= n)
            {
                gain += up / n;
                loss += down / n;
                if (i < n) continue;
            }
            else
            {
                gain = ((gain * (n - 1)) + up) / n;
                loss = ((loss * (n - 1)) + down) / n;
            }
            rsi[i] = loss == 0 ? 100 : 100 - (100 / (1 + (gain / loss)));
        }
        return rsi;
    }

    [Theory]
    [InlineData(14, 14, 3, 1)]
    [InlineData(14, 14, 3, 3)]
    [InlineData(5, 8, 2, 2)]
    public void RealData_MatchesDefinition(int rsiPeriods, int stochPeriods, int signal, int smooth)
    {
        double[] close = CatalogCases.Bitcoin.Close.ToArray();
        double[] rsi = Rsi(close, rsiPeriods)[rsiPeriods..];
        double[] k = StochSeriesTests.Sma(StochSeriesTests.RawK(rsi, rsi, rsi, stochPeriods), smooth);
        double[] d = StochSeriesTests.Sma(k, signal);
        double[] pad = ColumnAssert.NaNs(rsiPeriods);
        var actual = Engine.Indicators.StochRsi.Series(close, rsiPeriods, stochPeriods, signal, smooth);
        ColumnAssert.Close([.. pad, .. k], actual.StochRsi, 1e-9, 1e-9, "StochRsi");
        ColumnAssert.Close([.. pad, .. d], actual.Signal, 1e-9, 1e-9, "Signal");
    }
}
