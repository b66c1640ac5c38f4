namespace Backtest.Engine.Data;

/// <summary>
/// Somewhere candles come from: Binance REST, a file, the synthetic sample market. A source yields the
/// requested range as batches in ascending time order (a REST source yields one batch per page, so a
/// cache can commit each page as it arrives); <see cref="CandleSourceExtensions.LoadAsync"/> joins them.
/// </summary>
public interface ICandleSource
{
    /// <summary>
    /// A short stable name used in cache keys and manifests: <c>binance</c>, <c>csv</c>, <c>sample</c>.
    /// </summary>
    string Name { get; }

    /// <summary>Reads the requested candles as ascending batches.</summary>
    /// <exception cref="Errors.BacktestException">The symbol, file or data is invalid; the message says which.</exception>
    IAsyncEnumerable<CandleSeries> ReadAsync(CandleRequest request, CancellationToken cancellationToken = default);
}
