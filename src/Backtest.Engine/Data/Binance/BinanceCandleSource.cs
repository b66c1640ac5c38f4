using System.Runtime.CompilerServices;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Data.Binance;

/// <summary>
/// Binance REST as an <see cref="ICandleSource"/> for one market: <c>binance</c> (spot) or <c>binance-futures</c>
/// (USD-M). It checks the symbol against exchangeInfo first (an unknown one fails with a did-you-mean before any
/// candle is asked for), then yields the client's pages as they arrive, so a cache can commit each one.
/// </summary>
public sealed class BinanceCandleSource : ICandleSource
{
    private readonly BinanceClient _client;
    private readonly IProgress<DownloadProgress>? _progress;

    /// <summary>Creates a source over <paramref name="client"/> (not disposed by the source).</summary>
    /// <param name="client">The client to download through.</param>
    /// <param name="market">The market this source serves.</param>
    /// <param name="progress">Optional per-page progress (candles so far of the expected count).</param>
    public BinanceCandleSource(BinanceClient client, Market market = Market.Spot, IProgress<DownloadProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
        Market = market;
        _progress = progress;
    }

    /// <summary>The market this source serves.</summary>
    public Market Market { get; }

    /// <inheritdoc />
    public string Name => BinanceClient.SourceName(Market);

    /// <inheritdoc />
    public async IAsyncEnumerable<CandleSeries> ReadAsync(CandleRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Market != Market)
        {
            throw new BacktestException(ErrorKind.InvalidArgument,
                $"The '{Name}' source serves {Market}; the request for {request.Symbol} asks for {request.Market}.", "Market");
        }
        var listed = await _client.ValidateSymbolAsync(request.Symbol, Market, cancellationToken).ConfigureAwait(false);
        await foreach (var page in _client.GetKlinePagesAsync(request with { Symbol = listed.Symbol }, _progress, cancellationToken).ConfigureAwait(false))
        {
            yield return page;
        }
    }
}
