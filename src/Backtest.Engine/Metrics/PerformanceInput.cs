using Backtest.Engine.Data;

namespace Backtest.Engine.Metrics;

/// <summary>
/// Everything <see cref="PerformanceCalculator"/> needs from a finished simulation: the mark-to-market
/// equity curve, the bar times, the closed trades and a few counts the simulator keeps.
/// </summary>
/// <remarks>
/// The value path the return metrics read is <c>InitialCash, Equity[0], …, Equity[n−1]</c>: bar i's return is
/// <c>Equity[i] / Equity[i−1] − 1</c>, and bar 0's is <c>Equity[0] / InitialCash − 1</c>, so n bars give n
/// returns covering n bar lengths, and a fee paid on a fill at bar 0's close still counts. Arrays are read, never
/// written or kept; pass <c>double[]</c> and <c>long[]</c> directly (they convert to memory without copying).
/// </remarks>
/// <param name="Equity">Mark-to-market account value (cash plus open positions at the close price) at each bar's close, in quote currency; finite.</param>
/// <param name="TimeMs">Each bar's open time in epoch milliseconds (UTC), strictly increasing, one per equity value.</param>
/// <param name="Interval">The bar interval: gives the default annualisation and the bars' close times.</param>
/// <param name="InitialCash">Account value before the first bar, in quote currency; positive.</param>
/// <param name="Trades">Closed trades in any order (trades still open at the end are not included).</param>
public sealed partial record PerformanceInput(
    ReadOnlyMemory<double> Equity,
    ReadOnlyMemory<long> TimeMs,
    Interval Interval,
    double InitialCash,
    IReadOnlyList<TradeOutcome> Trades)
{
    /// <summary>
    /// Bars during which a position was open at any moment (backtesting.py counts a trade's entry bar through
    /// its exit bar inclusive); 0 to <see cref="Bars"/>.
    /// </summary>
    public int BarsInMarket { get; init; }

    /// <summary>
    /// Long-only return of holding the asset over the same bars, in percent; NaN when not given.
    /// <see cref="BuyAndHoldReturn.Pct(ReadOnlySpan{double})"/> computes it from close prices.
    /// </summary>
    public double BuyAndHoldReturnPct { get; init; } = double.NaN;

    /// <summary>Every fee paid during the run in quote currency, including fills of trades still open at the end.</summary>
    public double FeesPaid { get; init; }

    /// <summary>Bars in which a stop-loss and a take-profit were both touched, so their order was assumed; 0 to <see cref="Bars"/>.</summary>
    public int AmbiguousBars { get; init; }

    /// <summary>
    /// Bars per year for annualisation; null (the default) takes <see cref="Data.Interval.BarsPerYear"/>, a 365-day
    /// year (crypto trades every day). Set 252 for exchange-traded daily data or to compare with empyrical's default.
    /// </summary>
    public double? PeriodsPerYear { get; init; }

    /// <summary>
    /// Annual risk-free rate as a fraction (0.04 = 4 % a year), de-annualised per bar as
    /// <c>(1 + rate)^(1 / PeriodsPerYear) − 1</c>; 0 by default.
    /// </summary>
    public double RiskFreeRatePerYear { get; init; }

    /// <summary>Number of bars (length of <see cref="Equity"/>).</summary>
    public int Bars => Equity.Length;

    /// <summary>The bars-per-year actually used: <see cref="PeriodsPerYear"/> or the interval's 365-day figure.</summary>
    public double AnnualisationPeriods => PeriodsPerYear ?? Interval.BarsPerYear;
}
