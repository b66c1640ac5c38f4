using Backtest.Engine.Data;
using Backtest.Engine.Data.Binance;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Simulation;

/// <summary>
/// Where a futures backtest's funding rates come from: <see cref="FuturesSpec.FundingRatesPath"/> (one file for a
/// single symbol, or a folder of <c>&lt;SYMBOL&gt;-funding.csv</c> files), else Binance's funding history when the
/// candles come from Binance USD-M futures. Nothing is loaded for spot runs or with funding off.
/// </summary>
internal static class FundingSource
{
    /// <summary>The rates for every symbol of <paramref name="candles"/>, or null when none are needed or known.</summary>
    /// <exception cref="BacktestException">A missing or broken file (naming it), or one file for several symbols.</exception>
    public static async Task<IReadOnlyDictionary<string, FundingRates>?> LoadAsync(FuturesSpec? spec, IReadOnlyList<CandleSeries> candles,
        CandleQuery? query, CancellationToken cancellationToken)
    {
        if (spec is not { Funding: true }) return null;
        var rates = new Dictionary<string, FundingRates>(StringComparer.Ordinal);
        if (spec.FundingRatesPath is { } path)
        {
            bool folder = Directory.Exists(path);
            if (!folder && candles.Count > 1)
            {
                throw new BacktestException(ErrorKind.InvalidArgument,
                    $"funding_rates '{path}' is one file, but the portfolio has {candles.Count} symbols: give a folder holding <SYMBOL>-funding.csv for each.", "funding_rates");
            }
            foreach (var c in candles)
            {
                rates[c.Symbol] = FundingRates.Load(folder ? Path.Combine(path, $"{c.Symbol}-funding.csv") : path, cancellationToken);
            }
            return rates;
        }
        if (query?.Source != CandleSourceKind.BinanceFutures) return null;
        using var client = new BinanceClient(query.Binance ?? new BinanceClientOptions());
        foreach (var c in candles)
        {
            var history = await client.GetFundingRatesAsync(c.Symbol, c.StartTime, CandleSeries.ToUtc(c.Interval.Next(c.OpenTimeMs[^1])), cancellationToken).ConfigureAwait(false);
            rates[c.Symbol] = FundingRates.From(history);
        }
        return rates;
    }
}
