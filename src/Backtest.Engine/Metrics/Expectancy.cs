namespace Backtest.Engine.Metrics;

/// <summary>What a trade earns on average: the arithmetic mean of the trades' PnL or return.</summary>
/// <remarks>
/// Formulas: <c>Quote = mean(Pnl)</c> in quote currency, net of fees; <c>Pct = mean(ReturnPct)</c>, backtesting.py's
/// "Expectancy [%]". Compare <see cref="AverageTrade"/>, the geometric mean. Edge policy: no trades → NaN.
/// </remarks>
public static class Expectancy
{
    /// <summary>Mean trade PnL in quote currency.</summary>
    public static double Quote(IReadOnlyList<TradeOutcome> trades)
    {
        ArgumentNullException.ThrowIfNull(trades);
        double sum = 0;
        for (int i = 0; i < trades.Count; i++) sum += trades[i].Pnl;
        return trades.Count > 0 ? sum / trades.Count : double.NaN;
    }

    /// <summary>Mean trade return in percent.</summary>
    public static double Pct(IReadOnlyList<TradeOutcome> trades)
    {
        ArgumentNullException.ThrowIfNull(trades);
        double sum = 0;
        for (int i = 0; i < trades.Count; i++) sum += trades[i].ReturnPct;
        return trades.Count > 0 ? sum / trades.Count : double.NaN;
    }
}
