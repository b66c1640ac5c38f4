using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Data.Binance;

/// <summary>
/// Binance public market data over REST: klines (spot and USD-M futures, paginated over any range), the symbol list,
/// 24-hour volume rankings and funding history. Every request is budgeted against the request-weight limits the
/// exchange advertises in exchangeInfo, waits out 429 back-offs, stops at the first 418 and retries transient
/// failures (see <see cref="BinanceClientOptions"/>). Thread-safe; share one instance per process so its limiters
/// see all of the process's traffic.
/// </summary>
public sealed partial class BinanceClient : IDisposable
{
    private readonly BinanceTransport _transport;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<Market, BinanceExchangeInfo> _exchangeInfo = new();
    private readonly SemaphoreSlim _exchangeInfoGate = new(1, 1);

    /// <summary>Creates a client; without <paramref name="httpClient"/> it makes (and later disposes) its own.</summary>
    /// <param name="options">Settings; null takes the defaults (the public Binance endpoints).</param>
    /// <param name="httpClient">An HttpClient to send through (not disposed by this client); its own Timeout should be infinite or long.</param>
    /// <param name="timeProvider">The clock and timers (retry delays, weight windows, Retry-After, "now"); null is the system clock.</param>
    public BinanceClient(BinanceClientOptions? options = null, HttpClient? httpClient = null, TimeProvider? timeProvider = null)
    {
        Options = options ?? new BinanceClientOptions();
        Options.Validate();
        _time = timeProvider ?? TimeProvider.System;
        var http = httpClient ?? new HttpClient(new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        })
        { Timeout = Timeout.InfiniteTimeSpan };
        _transport = new BinanceTransport(http, ownsHttp: httpClient is null, Options, _time);
    }

    /// <summary>Creates a client that sends through <paramref name="handler"/> (not disposed by this client).</summary>
    public BinanceClient(BinanceClientOptions options, HttpMessageHandler handler, TimeProvider? timeProvider = null)
        : this(options, new HttpClient(handler ?? throw new ArgumentNullException(nameof(handler)), disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan }, timeProvider)
    {
    }

    /// <summary>The settings in use.</summary>
    public BinanceClientOptions Options { get; }

    /// <summary>Every symbol <paramref name="market"/> lists (exchangeInfo, read once per client and market).</summary>
    public async Task<IReadOnlyList<BinanceSymbol>> GetSymbolsAsync(Market market, CancellationToken cancellationToken = default) =>
        (await ExchangeInfoAsync(market, cancellationToken).ConfigureAwait(false)).Symbols;

    /// <summary>The listing of <paramref name="symbol"/> (matched case-insensitively).</summary>
    /// <exception cref="BacktestException"><see cref="ErrorKind.UnknownSymbol"/> with a did-you-mean when the market does not list it.</exception>
    public async Task<BinanceSymbol> ValidateSymbolAsync(string symbol, Market market, CancellationToken cancellationToken = default)
    {
        string name = NormalizeSymbol(symbol);
        var info = await ExchangeInfoAsync(market, cancellationToken).ConfigureAwait(false);
        if (info.BySymbol.TryGetValue(name, out var listed)) return listed;
        string? suggestion = SymbolSuggestion.Closest(name, info.Symbols);
        string hint = suggestion is null
            ? "check the spelling (e.g. BTCUSDT: base asset then quote asset, no separator) and the market."
            : $"did you mean {suggestion}?";
        throw new BacktestException(ErrorKind.UnknownSymbol,
            $"'{symbol}' is not listed on Binance {MarketName(market)}; {hint} ({info.Symbols.Count} symbols are listed there.)", symbol);
    }

    /// <summary>
    /// Open time (UTC) of the first candle Binance has for the symbol at <paramref name="interval"/>, or null when it has none.
    /// </summary>
    public async Task<DateTime?> GetEarliestOpenTimeAsync(string symbol, Interval interval, Market market, CancellationToken cancellationToken = default)
    {
        string name = NormalizeSymbol(symbol);
        await ExchangeInfoAsync(market, cancellationToken).ConfigureAwait(false);
        var (page, _) = await GetKlinesPageAsync(name, interval, market, 0, long.MaxValue, 1, long.MinValue, long.MaxValue, cancellationToken)
            .ConfigureAwait(false);
        return page.RawCount == 0 ? null : CandleSeries.ToUtc(page.LastRawOpenMs);
    }

    /// <summary>
    /// The <paramref name="count"/> currently trading symbols quoted in <paramref name="quoteAsset"/> with the largest
    /// 24-hour quote volume, largest first (ties by symbol).
    /// </summary>
    public async Task<IReadOnlyList<SymbolVolume>> GetTopSymbolsAsync(int count, string quoteAsset = "USDT", Market market = Market.Spot,
        CancellationToken cancellationToken = default)
    {
        if (count <= 0) throw new BacktestException(ErrorKind.InvalidArgument, $"count must be positive (was {count}).", nameof(count));
        ArgumentException.ThrowIfNullOrWhiteSpace(quoteAsset);
        string quote = quoteAsset.Trim().ToUpperInvariant();
        var info = await ExchangeInfoAsync(market, cancellationToken).ConfigureAwait(false);
        var tickers = await _transport.GetAsync(BinanceEndpoint.Ticker24hAll(market), "", json => BinanceTickerParser.Parse(json, market), cancellationToken)
            .ConfigureAwait(false);
        return tickers
            .Where(t => info.BySymbol.TryGetValue(t.Symbol, out var s) && s.IsTrading && s.QuoteAsset == quote)
            .OrderByDescending(t => t.QuoteVolume)
            .ThenBy(t => t.Symbol, StringComparer.Ordinal)
            .Take(count)
            .ToList();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _transport.Dispose();
        _exchangeInfoGate.Dispose();
    }

    /// <summary>exchangeInfo of <paramref name="market"/>; the first read also installs its weight limits in the limiter.</summary>
    private async Task<BinanceExchangeInfo> ExchangeInfoAsync(Market market, CancellationToken cancellationToken)
    {
        if (_exchangeInfo.TryGetValue(market, out var cached)) return cached;
        await _exchangeInfoGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_exchangeInfo.TryGetValue(market, out cached)) return cached;
            var info = await _transport.GetAsync(BinanceEndpoint.ExchangeInfo(market), "", json => BinanceExchangeInfo.Parse(json, market), cancellationToken)
                .ConfigureAwait(false);
            _transport.Limiter(market, BinanceLimitPool.RequestWeight).SetRules(info.WeightRules);
            _exchangeInfo[market] = info;
            return info;
        }
        finally
        {
            _exchangeInfoGate.Release();
        }
    }

    private static string NormalizeSymbol(string symbol)
    {
        if (string.IsNullOrWhiteSpace(symbol)) throw new BacktestException(ErrorKind.InvalidArgument, "A symbol is required (e.g. BTCUSDT).", "Symbol");
        return symbol.Trim().ToUpperInvariant();
    }

    private static string MarketName(Market market) => market == Market.UsdMFutures ? "USD-M futures" : "spot";

    private static string Ms(long value) => value.ToString(CultureInfo.InvariantCulture);
}
