using Backtest.Engine.Data;

namespace Backtest.Engine.Tests.Indicators.TestData;

/// <summary>
/// Wilder's average true range written out naively for reference values (J. Welles Wilder 1978; Stock.Indicators
/// docs "ATR"): TR = max(high, close') − min(low, close') from bar 1; ATR = mean of TR over bars 1..n on bar n,
/// then (ATR'·(n−1) + TR)/n. Independent of the engine's kernels.
/// </summary>
internal static class ReferenceAtr
{
    public static double[] Of(CandleSeries s, int n)
    {
        var atr = ColumnAssert.NaNs(s.Count);
        if (s.Count <= n) return atr;
        double TrueRange(int i) => Math.Max(s.High[i], s.Close[i - 1]) - Math.Min(s.Low[i], s.Close[i - 1]);
        double sum = 0;
        for (int i = 1; i <= n; i++) sum += TrueRange(i);
        atr[n] = sum / n;
        for (int i = n + 1; i < s.Count; i++) atr[i] = ((atr[i - 1] * (n - 1)) + TrueRange(i)) / n;
        return atr;
    }
}
