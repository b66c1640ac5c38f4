using System.Globalization;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Metrics;

public sealed partial record PerformanceInput
{
    /// <summary>
    /// Checks the contract in O(bars + trades) and throws <see cref="BacktestException"/>
    /// (<see cref="ErrorKind.InvalidArgument"/>) naming the first property, bar or trade at fault.
    /// </summary>
    /// <exception cref="BacktestException">The input breaks the contract documented on its properties.</exception>
    public void Validate()
    {
        int n = Equity.Length;
        if (n == 0) throw Invalid(nameof(Equity), "The equity curve is empty; at least one bar is needed.");
        if (TimeMs.Length != n)
        {
            throw Invalid(nameof(TimeMs), $"TimeMs has {TimeMs.Length} values but Equity has {n}; expected one open time per bar.");
        }
        if (Interval.Name is null) throw Invalid(nameof(Interval), "No interval given; expected one such as 1h or 1d.");
        if (!double.IsFinite(InitialCash) || InitialCash <= 0)
        {
            throw Invalid(nameof(InitialCash), $"InitialCash is {Format(InitialCash)}; expected a positive finite amount.");
        }
        ValidateBars();
        if (BarsInMarket < 0 || BarsInMarket > n)
        {
            throw Invalid(nameof(BarsInMarket), $"BarsInMarket is {BarsInMarket}; expected 0 to {n} (the number of bars).");
        }
        if (AmbiguousBars < 0 || AmbiguousBars > n)
        {
            throw Invalid(nameof(AmbiguousBars), $"AmbiguousBars is {AmbiguousBars}; expected 0 to {n} (the number of bars).");
        }
        if (!double.IsFinite(FeesPaid)) throw Invalid(nameof(FeesPaid), $"FeesPaid is {Format(FeesPaid)}; expected a finite amount.");
        if (PeriodsPerYear is double periods && (!double.IsFinite(periods) || periods <= 0))
        {
            throw Invalid(nameof(PeriodsPerYear), $"PeriodsPerYear is {Format(periods)}; expected a positive finite number or null.");
        }
        if (!double.IsFinite(RiskFreeRatePerYear) || RiskFreeRatePerYear <= -1)
        {
            throw Invalid(nameof(RiskFreeRatePerYear), $"RiskFreeRatePerYear is {Format(RiskFreeRatePerYear)}; expected a finite fraction above -1.");
        }
        ValidateTrades();
    }

    private void ValidateBars()
    {
        ReadOnlySpan<double> equity = Equity.Span;
        ReadOnlySpan<long> time = TimeMs.Span;
        for (int i = 0; i < equity.Length; i++)
        {
            if (!double.IsFinite(equity[i]))
            {
                throw Invalid(nameof(Equity), $"Equity[{i}] (bar opening {Stamp(time[i])}) is {Format(equity[i])}; expected a finite account value.");
            }
            if (i > 0 && time[i] <= time[i - 1])
            {
                throw Invalid(nameof(TimeMs), $"TimeMs[{i}] ({Stamp(time[i])}) is not after TimeMs[{i - 1}] ({Stamp(time[i - 1])}); expected strictly increasing open times.");
            }
        }
    }

    private void ValidateTrades()
    {
        if (Trades is null) throw Invalid(nameof(Trades), "Trades is null; pass an empty list when nothing traded.");
        for (int i = 0; i < Trades.Count; i++)
        {
            var t = Trades[i] ?? throw Invalid(nameof(Trades), $"Trades[{i}] is null.");
            if (t.ExitTime < t.EntryTime)
            {
                throw Invalid(nameof(Trades), $"Trades[{i}] exits at {t.ExitTime:O}, before its entry at {t.EntryTime:O}.");
            }
            if (!double.IsFinite(t.Pnl) || !double.IsFinite(t.ReturnPct))
            {
                throw Invalid(nameof(Trades), $"Trades[{i}] (entry {t.EntryTime:O}) has Pnl {Format(t.Pnl)} and ReturnPct {Format(t.ReturnPct)}; expected finite numbers.");
            }
        }
    }

    private static BacktestException Invalid(string target, string message) => new(ErrorKind.InvalidArgument, message, target);

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Stamp(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms).UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
