using System.Runtime.CompilerServices;
using Backtest.Engine.Data;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Signals.Bands;

/// <summary>
/// The engine entry point behind <c>Get-BandSignal</c> and <c>backtest bands</c>: resolves the symbols (named,
/// top N by volume, or files), loads and fits up to <see cref="BandScanOptions.ThrottleLimit"/> of them at once
/// through one exchange client and one cache, and yields one <see cref="BandScanResult"/> per symbol in the order
/// the symbols were resolved. A symbol that fails is yielded as a failure and the scan goes on.
/// </summary>
public static class BandScan
{
    /// <summary>Scans every symbol of <paramref name="options"/>.</summary>
    /// <exception cref="BacktestException">Invalid options, or the symbol list itself could not be resolved (e.g. the
    /// top-N request failed); per-symbol failures are results, not exceptions.</exception>
    public static async IAsyncEnumerable<BandScanResult> RunAsync(BandScanOptions options, IProgress<BandScanProgress>? progress = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        using var feed = await CandleFeed.OpenAsync(options.ToQuery(DateTime.UtcNow), cancellationToken).ConfigureAwait(false);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var gate = new SemaphoreSlim(options.ThrottleLimit);
        var targets = feed.Targets;
        int completed = 0;
        var tasks = new Task<BandScanResult>[targets.Count];
        for (int i = 0; i < tasks.Length; i++)
        {
            string target = targets[i];
            tasks[i] = Task.Run(async () =>
            {
                await gate.WaitAsync(stop.Token).ConfigureAwait(false);
                try
                {
                    var result = await ScanOneAsync(feed, target, options, stop.Token).ConfigureAwait(false);
                    progress?.Report(new BandScanProgress(result.Signal.Symbol, Interlocked.Increment(ref completed), tasks.Length));
                    return result;
                }
                finally
                {
                    gate.Release();
                }
            }, stop.Token);
        }
        try
        {
            foreach (var task in tasks) yield return await task.ConfigureAwait(false);
        }
        finally
        {
            // The consumer stopped early or a symbol was cancelled: stop the rest and wait, so nothing outlives the feed.
            await stop.CancelAsync().ConfigureAwait(false);
            try { await Task.WhenAll(tasks).ConfigureAwait(false); }
            catch (OperationCanceledException) { }
        }
    }

    /// <summary>Scans every symbol into a list.</summary>
    public static async Task<IReadOnlyList<BandScanResult>> RunAllAsync(BandScanOptions options, IProgress<BandScanProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var results = new List<BandScanResult>();
        await foreach (var result in RunAsync(options, progress, cancellationToken).ConfigureAwait(false)) results.Add(result);
        return results;
    }

    private static async Task<BandScanResult> ScanOneAsync(CandleFeed feed, string target, BandScanOptions options, CancellationToken cancellationToken)
    {
        try
        {
            var set = await feed.LoadAsync(target, null, cancellationToken).ConfigureAwait(false);
            return new BandScanResult(BandWindow.Signal(set.Series, options), null, set.Quality, set.Series.IsSynthetic);
        }
        catch (BacktestException ex)
        {
            bool file = options.Source == CandleSourceKind.Csv;
            var interval = options.Interval ?? (file ? null : Interval.OneDay);
            return new BandScanResult(BandSignal.Failed(file ? Path.GetFileName(target) : target, interval, ex.Message), ex, null, false);
        }
    }
}
