namespace Backtest.Engine.Metrics;

/// <summary>The benchmark: the return of buying at the first close and holding to the last.</summary>
/// <remarks>
/// Formula: <c>(close[n−1] / close[0] − 1) · 100</c>, long-only and without fees, backtesting.py's "Buy &amp; Hold
/// Return [%]". Edge policy: no prices → NaN.
/// </remarks>
public static class BuyAndHoldReturn
{
    /// <summary>Buy-and-hold return in percent over <paramref name="close"/>.</summary>
    public static double Pct(ReadOnlySpan<double> close) => close.IsEmpty ? double.NaN : Pct(close[0], close[^1]);

    /// <summary>Buy-and-hold return in percent from the first and last price.</summary>
    public static double Pct(double firstPrice, double lastPrice) => ((lastPrice / firstPrice) - 1) * 100;
}
