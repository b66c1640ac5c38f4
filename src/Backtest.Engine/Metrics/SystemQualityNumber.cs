namespace Backtest.Engine.Metrics;

/// <summary>Van Tharp's System Quality Number over the trades' PnL.</summary>
/// <remarks>
/// <para>Formula: <c>√trades · mean(Pnl) / s(Pnl)</c> with <c>s</c> the sample standard deviation (n − 1), in quote
/// currency as backtesting.py computes its "SQN" (Van Tharp uses R-multiples, which need each trade's initial risk;
/// the ratio is scale-free, so PnL and R give the same value when every trade risks the same amount).</para>
/// <para>Edge policy: fewer than two trades → NaN; identical PnL on every trade (s = 0) → NaN.</para>
/// </remarks>
public static class SystemQualityNumber
{
    /// <summary>The SQN of <paramref name="trades"/>.</summary>
    public static double Compute(IReadOnlyList<TradeOutcome> trades)
    {
        ArgumentNullException.ThrowIfNull(trades);
        int n = trades.Count;
        if (n < 2) return double.NaN;
        double sum = 0;
        for (int i = 0; i < n; i++) sum += trades[i].Pnl;
        double mean = sum / n, squares = 0;
        for (int i = 0; i < n; i++)
        {
            double d = trades[i].Pnl - mean;
            squares += d * d;
        }
        double sd = Math.Sqrt(squares / (n - 1));
        return sd == 0 ? double.NaN : Math.Sqrt(n) * mean / sd;
    }
}
