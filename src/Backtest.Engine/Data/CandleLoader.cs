using System.Runtime.CompilerServices;
using Backtest.Engine.Data.Binance;
using Backtest.Engine.Data.Csv;
using Backtest.Engine.Data.Quality;
using Backtest.Engine.Data.Sample;
using Backtest.Engine.Data.Store;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Data;

/// <summary>
/// The engine entry point behind <c>Get-Candles</c> and <c>backtest candles</c>: resolves the symbols of a
/// <see cref="CandleQuery"/>, reads each from its source (exchange reads go through the SQLite cache unless
/// <see cref="CandleQuery.NoCache"/>), runs the data-quality report and applies the policy.
/// </summary>
public static class CandleLoader
{
    /// <summary>Loads every symbol of the query, yielding each as soon as it is ready.</summary>
    /// <exception cref="BacktestException">Bad query, unknown symbol, unreadable file, network failure, or
    /// <see cref="ErrorKind.DataQuality"/> under <see cref="QualityPolicy.Fail"/>.</exception>
    public static async IAsyncEnumerable<CandleSet> LoadAsync(CandleQuery query, IProgress<DownloadProgress>? progress = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Source == CandleSourceKind.Csv)
        {
            if (query.Paths.Count == 0) throw new BacktestException(ErrorKind.InvalidArgument, "The Csv source needs at least one file path.", "Path");
            foreach (var path in query.Paths)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var source = new CsvCandleSource(path, new CsvReadOptions { Interval = query.Interval, Symbol = query.Symbols.Count == 1 ? query.Symbols[0] : null });
                var series = await source.LoadAsync(Request(query, "", query.Interval ?? default), progress, cancellationToken).ConfigureAwait(false);
                yield return Check(series, query);
            }
            yield break;
        }

        var interval = query.Interval ?? Interval.OneHour;
        if (query.Source == CandleSourceKind.Sample)
        {
            var sample = new SampleCandleSource();
            foreach (var symbol in Symbols(query.Symbols, query.Top is { } n ? SampleMarket.Symbols.Take(n).Select(s => s.Name) : []))
            {
                var series = await sample.LoadAsync(Request(query, symbol, interval), progress, cancellationToken).ConfigureAwait(false);
                yield return Check(series, query);
            }
            yield break;
        }

        var market = query.Source == CandleSourceKind.BinanceFutures ? Market.UsdMFutures : Market.Spot;
        using var client = new BinanceClient(query.Binance ?? new BinanceClientOptions());
        var top = query.Top is { } count
            ? (await client.GetTopSymbolsAsync(count, "USDT", market, cancellationToken).ConfigureAwait(false)).Select(t => t.Symbol)
            : [];
        var exchange = new BinanceCandleSource(client, market);
        using var store = query.NoCache ? null : new CandleStore(query.CachePath);
        foreach (var symbol in Symbols(query.Symbols, top))
        {
            var request = Request(query, symbol, interval) with { Market = market };
            var series = store is null
                ? await exchange.LoadAsync(request, progress, cancellationToken).ConfigureAwait(false)
                : await store.SyncAsync(exchange, request, progress, cancellationToken).ConfigureAwait(false);
            yield return Check(series, query);
        }
    }

    /// <summary>Loads every symbol of the query into a list.</summary>
    public static async Task<IReadOnlyList<CandleSet>> LoadAllAsync(CandleQuery query, IProgress<DownloadProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var sets = new List<CandleSet>();
        await foreach (var set in LoadAsync(query, progress, cancellationToken).ConfigureAwait(false)) sets.Add(set);
        return sets;
    }

    private static CandleRequest Request(CandleQuery query, string symbol, Interval interval) =>
        new(symbol.ToUpperInvariant(), interval, Market.Spot, query.StartTime, query.EndTime);

    private static List<string> Symbols(IReadOnlyList<string> named, IEnumerable<string> top)
    {
        var all = named.Select(s => s.Trim().ToUpperInvariant()).Concat(top).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (all.Count == 0) throw new BacktestException(ErrorKind.InvalidArgument, "No symbols to load: name them (Symbol) or ask for the top N (Top).", "Symbol");
        return all;
    }

    private static CandleSet Check(CandleSeries series, CandleQuery query)
    {
        var (checkedSeries, report) = DataQuality.Apply(series, query.QualityPolicy, query.FillGaps);
        return new CandleSet(checkedSeries, report);
    }
}
