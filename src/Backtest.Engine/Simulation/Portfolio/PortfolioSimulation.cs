using Backtest.Engine.Data;
using Backtest.Engine.Metrics;

namespace Backtest.Engine.Simulation;

/// <summary>
/// What a portfolio simulation produced: the portfolio's equity on the shared timeline and each symbol's own result.
/// A symbol's equity column is its share: the starting cash plus that symbol's cash flows (fills, fees, funding) and
/// its position at its close, so the symbols' gains add up to the portfolio's at every common close.
/// </summary>
public sealed class PortfolioSimulation
{
    private readonly double[] _equity;
    private readonly long[] _timeMs;

    internal PortfolioSimulation(long[] timeMs, double[] equity, double initialCash, IReadOnlyList<SimulationResult> symbols, int skippedEntries)
    {
        _timeMs = timeMs;
        _equity = equity;
        InitialCash = initialCash;
        Symbols = symbols;
        SkippedEntries = skippedEntries;
        PessimisticFinalEquity = OptimisticFinalEquity = FinalEquity;
    }

    /// <summary>Each symbol's result, in the order the candles were given.</summary>
    public IReadOnlyList<SimulationResult> Symbols { get; }

    /// <summary>Starting cash of the whole portfolio.</summary>
    public double InitialCash { get; }

    /// <summary>Entries dropped because every position slot was taken.</summary>
    public int SkippedEntries { get; }

    /// <summary>Portfolio equity at each step of the timeline.</summary>
    public ReadOnlySpan<double> Equity => _equity;

    /// <summary>The timeline: every distinct bar open time (epoch ms), ascending.</summary>
    public ReadOnlySpan<long> TimeMs => _timeMs;

    /// <summary>Equity after the last step.</summary>
    public double FinalEquity => _equity[^1];

    /// <summary>Final equity had every ambiguous bar hit its stop first.</summary>
    public double PessimisticFinalEquity { get; private set; }

    /// <summary>Final equity had every ambiguous bar hit its take-profit first.</summary>
    public double OptimisticFinalEquity { get; private set; }

    internal void SetBounds(double pessimistic, double optimistic) => (PessimisticFinalEquity, OptimisticFinalEquity) = (pessimistic, optimistic);

    /// <summary>Every trade of every symbol, by entry time then symbol.</summary>
    public IReadOnlyList<Trade> GetTrades() =>
        [.. Symbols.SelectMany(s => s.GetTrades()).OrderBy(t => t.EntryTime).ThenBy(t => t.Symbol, StringComparer.Ordinal)];

    /// <summary>The metrics library's view of the portfolio: its equity on the timeline and every closed trade.</summary>
    public PerformanceInput ToPerformanceInput()
    {
        var closed = Symbols.SelectMany(s => s.ClosedOutcomes()).ToArray();
        var first = Symbols[0].Candles;
        int inMarket = 0;
        // A step is in the market when any symbol holds a position at some moment of its bar there.
        var marks = new bool[_timeMs.Length];
        foreach (var s in Symbols)
        {
            var times = s.Candles.OpenTimeMs;
            foreach (var t in s.GetTrades())
            {
                int from = Array.BinarySearch(_timeMs, times[t.EntryBar]), to = Array.BinarySearch(_timeMs, times[t.ExitBar]);
                for (int k = from; k <= to; k++) marks[k] = true;
            }
        }
        foreach (bool m in marks) inMarket += m ? 1 : 0;
        return new PerformanceInput(_equity, _timeMs, first.Interval, InitialCash, closed)
        {
            BarsInMarket = inMarket,
            BuyAndHoldReturnPct = Symbols.Average(s => BuyAndHoldReturn.Pct(s.Candles.Close)),
            FeesPaid = Symbols.Sum(s => s.FeesPaid),
            AmbiguousBars = Symbols.Sum(s => s.AmbiguousBars),
        };
    }
}
