using System.Runtime.CompilerServices;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Data.Sample;

/// <summary>The <see cref="SampleMarket"/> as an <see cref="ICandleSource"/>: offline, deterministic, synthetic.</summary>
public sealed class SampleCandleSource : ICandleSource
{
    private readonly ulong _seed;
    private readonly TimeProvider _clock;

    /// <summary>Creates the source for a seed (default <see cref="SampleMarket.DefaultSeed"/>).</summary>
    public SampleCandleSource(ulong seed = SampleMarket.DefaultSeed, TimeProvider? clock = null)
    {
        _seed = seed;
        _clock = clock ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public string Name => "sample";

    /// <inheritdoc />
    public async IAsyncEnumerable<CandleSeries> ReadAsync(CandleRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        yield return Generate(request);
        await Task.CompletedTask.ConfigureAwait(false);
    }

    /// <summary>Generates the requested range synchronously.</summary>
    public CandleSeries Generate(CandleRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var symbol = SampleMarket.Find(request.Symbol) ?? throw new BacktestException(ErrorKind.UnknownSymbol,
            $"'{request.Symbol}' is not a sample symbol; the sample market has {string.Join(", ", SampleMarket.Symbols.Select(s => s.Name))}.",
            request.Symbol);
        var interval = request.Interval;
        long origin = interval.Floor(CandleSeries.ToEpochMs(SampleMarket.Origin));
        long now = CandleSeries.ToEpochMs(_clock.GetUtcNow().UtcDateTime);
        long from = Math.Max(request.StartMs, origin);
        long to = Math.Min(request.EndMs, now);
        var builder = new CandleSeriesBuilder(EstimateCount(interval, from, to));
        var path = new SamplePath(symbol, interval, _seed);
        for (long open = origin; open < to; open = interval.Next(open))
        {
            long next = interval.Next(open);
            if (next > now) break; // still forming
            path.Step(out double o, out double h, out double l, out double c, out double v, out double qv, out long trades);
            if (open >= from) builder.Add(open, o, h, l, c, v, qv, trades);
        }
        return builder.Build(symbol.Name, request.Market, interval, Name, isSynthetic: true);
    }

    private static int EstimateCount(Interval interval, long from, long to) =>
        to <= from ? 16 : (int)Math.Min(1 << 24, (to - from) / interval.Milliseconds + 2);
}
