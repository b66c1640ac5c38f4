namespace Backtest.Engine.Metrics;

/// <summary>Calmar ratio over the whole run.</summary>
/// <remarks>
/// <para>Formula: <c>CAGR / max drawdown</c>, both as fractions of the same sign convention (<see cref="Cagr"/>,
/// <see cref="MaxDrawdown.Pct"/>), over the whole run rather than the trailing 36 months of the original
/// definition, as empyrical's <c>calmar_ratio</c> and backtesting.py do.</para>
/// <para>Edge policy (empyrical's): no drawdown → NaN; an infinite CAGR → NaN.</para>
/// </remarks>
public static class CalmarRatio
{
    /// <summary>The Calmar ratio from a CAGR and a maximum drawdown, both in percent (drawdown as a positive depth).</summary>
    public static double Compute(double cagrPct, double maxDrawdownPct)
    {
        if (!(maxDrawdownPct > 0)) return double.NaN;
        double ratio = cagrPct / maxDrawdownPct;
        return double.IsInfinity(ratio) ? double.NaN : ratio;
    }
}
