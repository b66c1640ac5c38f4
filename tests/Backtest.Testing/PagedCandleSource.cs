using System.Runtime.CompilerServices;
using Backtest.Engine.Data;
using Backtest.Engine.Errors;

namespace Backtest.Testing;

/// <summary>
/// Stands in for an exchange in the store tests: serves real candles for any requested range in pages of
/// <c>pageSize</c>, counts requests and pages, and can fail or be cancelled at a chosen page.
/// </summary>
public sealed class PagedCandleSource(CandleSeries candles, int pageSize, string name = "exchange") : ICandleSource
{
    private readonly List<(long FromMs, long ToMs)> _requests = [];
    private int _pages;

    /// <inheritdoc />
    public string Name => name;

    /// <summary>Pages served so far (the number of "HTTP requests" an exchange would have answered).</summary>
    public int Pages => _pages;

    /// <summary>Every requested range, as given (<see cref="CandleRequest.StartMs"/>, <see cref="CandleRequest.EndMs"/>).</summary>
    public IReadOnlyList<(long FromMs, long ToMs)> Requests
    {
        get { lock (_requests) return [.. _requests]; }
    }

    /// <summary>When set, the page with this 1-based number (counted over the source's life) throws a network error.</summary>
    public int? FailAtPage { get; set; }

    /// <summary>When set with <see cref="CancelAtPage"/>, that page cancels this token source (as a user's Ctrl+C would).</summary>
    public CancellationTokenSource? Canceller { get; set; }

    /// <summary>The 1-based page number at which <see cref="Canceller"/> is cancelled.</summary>
    public int? CancelAtPage { get; set; }

    /// <summary>Serve everything after the start, ignoring the requested end (a sloppy exchange returning the forming candle).</summary>
    public bool IgnoreEnd { get; set; }

    /// <summary>Delay before each page (for the kill test, so there is time to kill the process mid-sync).</summary>
    public TimeSpan PageDelay { get; set; }

    /// <inheritdoc />
    public async IAsyncEnumerable<CandleSeries> ReadAsync(CandleRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        lock (_requests) _requests.Add((request.StartMs, request.EndMs));
        int start = candles.LowerBound(request.StartMs);
        int end = IgnoreEnd ? candles.Count : candles.LowerBound(request.EndMs);
        for (int i = start; i < end; i += pageSize)
        {
            if (PageDelay > TimeSpan.Zero) await Task.Delay(PageDelay, cancellationToken).ConfigureAwait(false);
            else await Task.Yield();
            int page = Interlocked.Increment(ref _pages);
            if (page == FailAtPage) throw new BacktestException(ErrorKind.Network, $"Simulated network failure at page {page}.", name);
            if (page == CancelAtPage) await Canceller!.CancelAsync().ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            yield return candles.SliceByIndex(i, Math.Min(pageSize, end - i)).With(source: name);
        }
    }
}
