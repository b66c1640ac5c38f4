using System.Runtime.CompilerServices;
using Backtest.Engine.Data.Quality;
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
        using var feed = await CandleFeed.OpenAsync(query, cancellationToken).ConfigureAwait(false);
        foreach (var target in feed.Targets)
        {
            yield return await feed.LoadAsync(target, progress, cancellationToken).ConfigureAwait(false);
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
}
