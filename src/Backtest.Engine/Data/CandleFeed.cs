using Backtest.Engine.Data.Binance;
using Backtest.Engine.Data.Csv;
using Backtest.Engine.Data.Quality;
using Backtest.Engine.Data.Sample;
using Backtest.Engine.Data.Store;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Data;

/// <summary>
/// A <see cref="CandleQuery"/> opened for loading: its targets are resolved (named symbols, the top N by
/// volume, or the files), and one exchange client and one cache are shared by every load, so symbols can be
/// loaded one by one (<see cref="CandleLoader"/>) or many at once (band scans) under one rate-limit budget.
/// </summary>
/// <remarks><see cref="LoadAsync"/> is thread-safe: the client shares one weight budget and the store opens a
/// connection per call.</remarks>
public sealed class CandleFeed : IDisposable
{
    private readonly CandleQuery _query;
    private readonly BinanceClient? _client;
    private readonly BinanceCandleSource? _exchange;
    private readonly CandleStore? _store;
    private readonly Market _market;

    private CandleFeed(CandleQuery query, IReadOnlyList<string> targets, BinanceClient? client, CandleStore? store, Market market)
    {
        _query = query;
        Targets = targets;
        _client = client;
        _market = market;
        _exchange = client is null ? null : new BinanceCandleSource(client, market);
        _store = store;
    }

    /// <summary>What <see cref="LoadAsync"/> accepts: upper-case symbols, or file paths for the Csv source.</summary>
    public IReadOnlyList<string> Targets { get; }

    /// <summary>Resolves the targets of <paramref name="query"/> (asking the exchange for the top N when told to).</summary>
    /// <exception cref="BacktestException">No symbols or files, an empty time range, or the top-N request failed.</exception>
    public static async Task<CandleFeed> OpenAsync(CandleQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.StartTime is { } start && query.EndTime is { } end && start >= end)
        {
            throw new BacktestException(ErrorKind.InvalidArgument,
                $"The range is empty: start {start:yyyy-MM-dd'T'HH:mm:ss'Z'} is not before end {end:yyyy-MM-dd'T'HH:mm:ss'Z'} (the end is exclusive).", "EndTime");
        }
        if (query.Source == CandleSourceKind.Csv)
        {
            if (query.Paths.Count == 0) throw new BacktestException(ErrorKind.InvalidArgument, "The Csv source needs at least one file path.", "Path");
            return new CandleFeed(query, [.. query.Paths], null, null, Market.Spot);
        }
        if (query.Source == CandleSourceKind.Sample)
        {
            var sample = Symbols(query.Symbols, query.Top is { } n ? SampleMarket.Symbols.Take(n).Select(s => s.Name) : []);
            return new CandleFeed(query, sample, null, null, Market.Spot);
        }

        var market = query.Source == CandleSourceKind.BinanceFutures ? Market.UsdMFutures : Market.Spot;
        var client = new BinanceClient(query.Binance ?? new BinanceClientOptions());
        try
        {
            var top = query.Top is { } count
                ? (await client.GetTopSymbolsAsync(count, "USDT", market, cancellationToken).ConfigureAwait(false)).Select(t => t.Symbol)
                : [];
            var symbols = Symbols(query.Symbols, top);
            return new CandleFeed(query, symbols, client, query.NoCache ? null : new CandleStore(query.CachePath), market);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>Loads one target (a symbol, or a file for the Csv source) and applies the query's quality policy.</summary>
    /// <exception cref="BacktestException">Unknown symbol, unreadable file, network failure, or
    /// <see cref="ErrorKind.DataQuality"/> under <see cref="QualityPolicy.Fail"/>.</exception>
    public async Task<CandleSet> LoadAsync(string target, IProgress<DownloadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(target);
        cancellationToken.ThrowIfCancellationRequested();
        CandleSeries series;
        if (_query.Source == CandleSourceKind.Csv)
        {
            var source = new CsvCandleSource(target, new CsvReadOptions { Interval = _query.Interval, Symbol = _query.Symbols.Count == 1 ? _query.Symbols[0] : null });
            series = await source.LoadAsync(Request("", _query.Interval ?? default), progress, cancellationToken).ConfigureAwait(false);
        }
        else if (_exchange is null)
        {
            series = await new SampleCandleSource().LoadAsync(Request(target, _query.Interval ?? Interval.OneHour), progress, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var request = Request(target, _query.Interval ?? Interval.OneHour) with { Market = _market };
            series = _store is null
                ? await _exchange.LoadAsync(request, progress, cancellationToken).ConfigureAwait(false)
                : await _store.SyncAsync(_exchange, request, progress, cancellationToken).ConfigureAwait(false);
        }
        var (checkedSeries, report) = DataQuality.Apply(series, _query.QualityPolicy, _query.FillGaps);
        return new CandleSet(checkedSeries, report);
    }

    /// <summary>Releases the exchange client and the cache connections.</summary>
    public void Dispose()
    {
        _store?.Dispose();
        _client?.Dispose();
    }

    private CandleRequest Request(string symbol, Interval interval) =>
        new(symbol.ToUpperInvariant(), interval, Market.Spot, _query.StartTime, _query.EndTime);

    private static List<string> Symbols(IReadOnlyList<string> named, IEnumerable<string> top)
    {
        var all = named.Select(s => s.Trim().ToUpperInvariant()).Concat(top).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (all.Count == 0) throw new BacktestException(ErrorKind.InvalidArgument, "No symbols to load: name them (Symbol) or ask for the top N (Top).", "Symbol");
        return all;
    }
}
