namespace Backtest.Engine.Metrics;

/// <summary>Share of the run spent in the market.</summary>
/// <remarks>
/// Formula: <c>barsInMarket / bars · 100</c>, counted in bars, not clock time (backtesting.py's "Exposure Time [%]":
/// a trade occupies its entry bar through its exit bar). Edge policy: no bars → NaN.
/// </remarks>
public static class Exposure
{
    /// <summary>Exposure in percent of bars.</summary>
    public static double Pct(int barsInMarket, int bars) => bars > 0 ? 100.0 * barsInMarket / bars : double.NaN;
}
