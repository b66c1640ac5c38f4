using Backtest.Engine.Data;
using Backtest.Engine.Data.Quality;

namespace Backtest.Engine.Simulation;

/// <summary>
/// One backtest, flat: who and when first (binding by name to the next command's <c>Symbol</c>, <c>Interval</c>,
/// <c>StartTime</c>, <c>EndTime</c>), then the strategy, then the numbers, so <c>Export-Csv</c> writes one tidy row.
/// The trades, the equity curve and the manifest are behind methods. Immutable.
/// </summary>
public sealed record BacktestResult
{
    private readonly SimulationResult _simulation;
    private readonly RunManifest _manifest;

    internal BacktestResult(SimulationResult simulation, RunManifest manifest, DataQualityReport? quality)
    {
        _simulation = simulation;
        _manifest = manifest;
        var candles = simulation.Candles;
        Symbol = candles.Symbol;
        Interval = candles.Interval;
        StartTime = candles.StartTime!.Value;
        EndTime = CandleSeries.ToUtc(candles.Interval.Next(candles.OpenTimeMs[candles.Count - 1]));
        Strategy = manifest.Strategy;
        Parameters = string.Join(';', manifest.Parameters.Select(p => $"{p.Key}={p.Value}"));
        Bars = candles.Count;
        InitialCash = simulation.InitialCash;
        FinalEquity = simulation.FinalEquity;
        TotalReturnPct = simulation.TotalReturn * 100;
        Trades = simulation.TradeCount;
        FeesPaid = simulation.FeesPaid;
        ExposurePct = 100.0 * simulation.BarsInMarket / candles.Count;
        AmbiguousBars = simulation.AmbiguousBars;
        PessimisticFinalEquity = simulation.PessimisticFinalEquity;
        OptimisticFinalEquity = simulation.OptimisticFinalEquity;
        RejectedOrders = simulation.RejectedOrders;
        IsSynthetic = candles.IsSynthetic;
        DataQuality = quality?.Summary ?? "not checked";
        DataSha256 = manifest.Data.Sha256;
    }

    /// <summary>The symbol.</summary>
    public string Symbol { get; }

    /// <summary>The candle interval.</summary>
    public Interval Interval { get; }

    /// <summary>Open time (UTC) of the first bar.</summary>
    public DateTime StartTime { get; }

    /// <summary>Exclusive end (UTC): the close of the last bar, so the same window can be asked for again.</summary>
    public DateTime EndTime { get; }

    /// <summary>The strategy's catalog name.</summary>
    public string Strategy { get; }

    /// <summary>Every parameter, resolved: <c>fast=10;slow=50;direction=long-only</c>.</summary>
    public string Parameters { get; }

    /// <summary>Number of bars simulated.</summary>
    public int Bars { get; }

    /// <summary>Starting cash.</summary>
    public double InitialCash { get; }

    /// <summary>Equity after the last bar.</summary>
    public double FinalEquity { get; }

    /// <summary>Total return in percent.</summary>
    public double TotalReturnPct { get; }

    /// <summary>Entries filled (closed trades plus one still open).</summary>
    public int Trades { get; }

    /// <summary>All fees paid.</summary>
    public double FeesPaid { get; }

    /// <summary>Percentage of bars with a position open at some moment.</summary>
    public double ExposurePct { get; }

    /// <summary>Bars that reached both a stop and a take-profit (decided by the intrabar policy).</summary>
    public int AmbiguousBars { get; }

    /// <summary>Final equity with every ambiguous bar resolved stop-first.</summary>
    public double PessimisticFinalEquity { get; }

    /// <summary>Final equity with every ambiguous bar resolved take-profit-first.</summary>
    public double OptimisticFinalEquity { get; }

    /// <summary>Entries rejected (cash, minimum notional, or nothing left after rounding).</summary>
    public int RejectedOrders { get; }

    /// <summary>True when the candles are synthetic (the sample market).</summary>
    public bool IsSynthetic { get; }

    /// <summary>The data-quality summary of the candles (<c>clean</c>, or what was found).</summary>
    public string DataQuality { get; }

    /// <summary>SHA-256 of the candles used (see <see cref="CandleFingerprint"/>).</summary>
    public string DataSha256 { get; }

    /// <summary>Every trade, in entry order (an open one last).</summary>
    public IReadOnlyList<Trade> GetTrades() => _simulation.GetTrades();

    /// <summary>The equity at every bar's close.</summary>
    public IReadOnlyList<EquityPoint> GetEquityCurve()
    {
        var times = _simulation.Candles.OpenTimeMs;
        var equity = _simulation.Equity;
        var points = new EquityPoint[equity.Length];
        for (int i = 0; i < points.Length; i++) points[i] = new EquityPoint(CandleSeries.ToUtc(times[i]), equity[i]);
        return points;
    }

    /// <summary>The run manifest (re-run it with <see cref="BacktestRunner.ReplayAsync"/>).</summary>
    public RunManifest GetManifest() => _manifest;

    /// <summary>The simulator's result: the equity column, trade rows and account details.</summary>
    public SimulationResult GetSimulation() => _simulation;
}
