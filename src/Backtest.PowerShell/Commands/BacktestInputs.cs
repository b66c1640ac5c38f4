using System.Collections;
using System.Globalization;
using Backtest.Engine.Data;
using Backtest.Engine.Data.Quality;
using Backtest.Engine.Simulation;

namespace Backtest.PowerShell.Commands;

/// <summary>
/// What <c>Invoke-Backtest</c> gathers from the pipeline before it runs: candle objects (grouped by symbol and
/// interval into series, in arrival order), whole series, and one candle query per symbol or file input. Also maps
/// the cmdlet's option parameters onto <see cref="BacktestOptions"/>. Kept apart from the cmdlet so xUnit can test
/// it without a PowerShell host.
/// </summary>
internal sealed class BacktestInputs
{
    private readonly Dictionary<(string Symbol, Interval Interval), CandleSeriesBuilder> _candles = [];
    private readonly List<CandleSeries> _series = [];
    private readonly List<CandleQuery> _queries = [];
    private readonly List<CandleQuery> _portfolios = [];

    /// <summary>Series given whole, then series built from candle objects.</summary>
    public IReadOnlyList<CandleSeries> Series =>
        [.. _series, .. _candles.Select(g => g.Value.Build(g.Key.Symbol, Market.Spot, g.Key.Interval, "pipeline"))];

    /// <summary>One query per symbol or file input.</summary>
    public IReadOnlyList<CandleQuery> Queries => _queries;

    /// <summary>Adds candle objects, each to its symbol's series.</summary>
    public void AddCandles(IEnumerable<Candle> candles)
    {
        foreach (var candle in candles)
        {
            var key = (candle.Symbol.Length == 0 ? "PIPELINE" : candle.Symbol, candle.Interval);
            if (!_candles.TryGetValue(key, out var builder)) _candles[key] = builder = new CandleSeriesBuilder(1024);
            builder.Add(CandleSeries.ToEpochMs(candle.OpenTime), candle.Open, candle.High, candle.Low, candle.Close, candle.Volume,
                candle.QuoteVolume ?? double.NaN, candle.Trades ?? -1);
        }
    }

    /// <summary>Adds whole series.</summary>
    public void AddSeries(IEnumerable<CandleSeries> series) => _series.AddRange(series);

    /// <summary>Adds a query (one pipeline record's symbols or files).</summary>
    public void AddQuery(CandleQuery query) => _queries.Add(query);

    /// <summary>Queries whose symbols or files trade as one portfolio.</summary>
    public IReadOnlyList<CandleQuery> Portfolios => _portfolios;

    /// <summary>Adds a query whose symbols or files trade as one portfolio.</summary>
    public void AddPortfolio(CandleQuery query) => _portfolios.Add(query);

    /// <summary>
    /// The futures settings the parameters ask for: any of them, or USD-M candles, make a futures backtest (leverage 1,
    /// isolated, funding from the file or folder given, else from the exchange); none of them is spot (null).
    /// </summary>
    public static FuturesSpec? Futures(double? leverage, MarginMode? marginMode, string? fundingPath, bool futuresCandles) =>
        leverage is null && marginMode is null && fundingPath is null && !futuresCandles ? null
            : new FuturesSpec { Leverage = leverage ?? 1, MarginMode = marginMode ?? MarginMode.Isolated, FundingRatesPath = fundingPath };

    /// <summary>
    /// The options: a -ConfigPath file's (or the defaults), with every parameter the caller gave on top.
    /// </summary>
    public static BacktestOptions ToOptions(string? configPath, string? strategy, IDictionary? parameters, double? initialCash, double? fee,
        string? slippage, string? sizing, FillTiming? fill, EndOfDataPolicy? endOfData, QualityPolicy? qualityPolicy)
    {
        var options = configPath is null ? new BacktestOptions() : BacktestConfig.Read(configPath);
        var merged = new Dictionary<string, string>(options.Parameters, StringComparer.Ordinal);
        foreach (DictionaryEntry p in parameters ?? new Hashtable())
        {
            merged[Convert.ToString(p.Key, CultureInfo.InvariantCulture) ?? ""] = Convert.ToString(p.Value, CultureInfo.InvariantCulture) ?? "";
        }
        return options with
        {
            Strategy = strategy ?? options.Strategy,
            Parameters = merged,
            InitialCash = initialCash ?? options.InitialCash,
            Fee = fee ?? options.Fee,
            Slippage = slippage is null ? options.Slippage : SlippageSpec.Parse(slippage),
            Sizing = sizing is null ? options.Sizing : SizingSpec.Parse(sizing),
            Fill = fill ?? options.Fill,
            EndOfData = endOfData ?? options.EndOfData,
            QualityPolicy = qualityPolicy ?? options.QualityPolicy,
        };
    }
}
