using System.Runtime.CompilerServices;
using Backtest.Engine.Data;
using Backtest.Engine.Data.Quality;
using Backtest.Engine.Strategies;

namespace Backtest.Engine.Simulation;

/// <summary>
/// The engine entry point behind <c>Invoke-Backtest</c> and <c>backtest run</c>: resolves the catalogued strategy and
/// its parameters, gets the candles (given, or loaded through <see cref="CandleLoader"/>, which runs the data-quality
/// report and applies the policy), simulates, and returns a <see cref="BacktestResult"/> with its manifest.
/// </summary>
public static class BacktestRunner
{
    /// <summary>Backtests <paramref name="candles"/>, after applying <see cref="BacktestOptions.QualityPolicy"/> to them.</summary>
    /// <param name="options">Strategy, parameters and models.</param>
    /// <param name="candles">The candles.</param>
    /// <param name="lowerTimeframe">Finer candles for <see cref="IntrabarPolicy.LowerTimeframe"/>, or null.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <exception cref="Errors.BacktestException">Unknown strategy or parameter (with a did-you-mean), a bad value
    /// (naming it), too few candles, a bad price (naming the row), or a data-quality failure under the Fail policy.</exception>
    public static BacktestResult Run(BacktestOptions options, CandleSeries candles, CandleSeries? lowerTimeframe = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(candles);
        var plan = Plan.For(options, lowerTimeframe);
        var (checkedCandles, report) = DataQuality.Apply(candles, options.QualityPolicy);
        return plan.WithFunding([checkedCandles], query: null, cancellationToken).Execute(checkedCandles, report, source: null, cancellationToken);
    }

    /// <summary>Backtests <paramref name="candles"/> on the thread pool.</summary>
    public static Task<BacktestResult> RunAsync(BacktestOptions options, CandleSeries candles, CandleSeries? lowerTimeframe = null, CancellationToken cancellationToken = default) =>
        Task.Run(() => Run(options, candles, lowerTimeframe, cancellationToken), cancellationToken);

    /// <summary>
    /// Loads every symbol of <paramref name="query"/> and backtests each, yielding results as they finish. Options
    /// are checked before anything is downloaded, so a typo fails fast.
    /// </summary>
    public static async IAsyncEnumerable<BacktestResult> RunAsync(BacktestOptions options, CandleQuery query, IProgress<DownloadProgress>? progress = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(query);
        var plan = Plan.For(options, lowerTimeframe: null);
        await foreach (var set in CandleLoader.LoadAsync(query, progress, cancellationToken).ConfigureAwait(false))
        {
            var funded = await plan.WithFundingAsync([set.Series], query, cancellationToken).ConfigureAwait(false);
            yield return funded.Execute(set.Series, set.Quality, DataSource.From(query, set.Series), cancellationToken);
        }
    }

    /// <summary>
    /// Backtests <paramref name="candles"/> (one series per symbol) as ONE portfolio sharing the cash, under
    /// <see cref="BacktestOptions.Portfolio"/>'s rules, after applying the quality policy to each series. The result is
    /// the portfolio's; <see cref="BacktestResult.GetSymbolResults"/> has one result per symbol.
    /// </summary>
    /// <exception cref="Errors.BacktestException">As <see cref="Run(BacktestOptions, CandleSeries, CandleSeries?, CancellationToken)"/>, plus
    /// no candles, mixed intervals or a symbol given twice.</exception>
    public static BacktestResult RunPortfolio(BacktestOptions options, IReadOnlyList<CandleSeries> candles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(candles);
        var plan = Plan.For(options, lowerTimeframe: null);
        var checkedSets = candles.Select(c => DataQuality.Apply(c, options.QualityPolicy)).ToList();
        CandleSeries[] series = [.. checkedSets.Select(s => s.Item1)];
        return plan.WithFunding(series, query: null, cancellationToken).ExecutePortfolio(series, [.. checkedSets.Select(s => (DataQualityReport?)s.Item2)], sources: null, cancellationToken);
    }

    /// <summary>Loads every symbol of <paramref name="query"/> and backtests them as one portfolio.</summary>
    public static async Task<BacktestResult> RunPortfolioAsync(BacktestOptions options, CandleQuery query, IProgress<DownloadProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(query);
        var plan = Plan.For(options, lowerTimeframe: null);
        var sets = await CandleLoader.LoadAllAsync(query, progress, cancellationToken).ConfigureAwait(false);
        CandleSeries[] series = [.. sets.Select(s => s.Series)];
        var funded = await plan.WithFundingAsync(series, query, cancellationToken).ConfigureAwait(false);
        return funded.ExecutePortfolio(series, [.. sets.Select(s => (DataQualityReport?)s.Quality)], [.. sets.Select(s => DataSource.From(query, s.Series))], cancellationToken);
    }

    /// <summary>
    /// Re-runs a manifest: loads its candles again (or uses <paramref name="candles"/>), checks they hash to the
    /// manifest's fingerprint, and runs the same strategy with the same options. The result equals the original bit for bit.
    /// </summary>
    /// <exception cref="Errors.BacktestException">The candles differ from the manifest's (InvalidData), or the manifest
    /// has no source and no candles were given (InvalidArgument).</exception>
    public static async Task<BacktestResult> ReplayAsync(RunManifest manifest, CandleSeries? candles = null, CandleSeries? lowerTimeframe = null,
        IProgress<DownloadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        if (manifest.Basket is not null)
        {
            throw new Errors.BacktestException(Errors.ErrorKind.InvalidArgument,
                $"This manifest is of a portfolio ({string.Join(",", manifest.Basket.Select(d => d.Symbol))}), whose symbols share the cash; run the portfolio again (BacktestRunner.RunPortfolio) to reproduce it.", "manifest");
        }
        var plan = Plan.For(manifest.Options, lowerTimeframe);
        DataQualityReport? report = null;
        if (candles is null)
        {
            if (manifest.Source is null)
            {
                throw new Errors.BacktestException(Errors.ErrorKind.InvalidArgument,
                    "This manifest's candles were supplied by the caller; pass the same candles to replay it.", "candles");
            }
            var sets = await CandleLoader.LoadAllAsync(manifest.Source.ToQuery(), progress, cancellationToken).ConfigureAwait(false);
            (candles, report) = (sets[0].Series, sets[0].Quality);
        }
        Require(manifest.Data, candles, "candles");
        if (manifest.LowerTimeframe is { } fine)
        {
            if (lowerTimeframe is null) throw new Errors.BacktestException(Errors.ErrorKind.InvalidArgument, "This manifest used lower-timeframe candles; pass them to replay it.", "lowerTimeframe");
            Require(fine, lowerTimeframe, "lowerTimeframe");
        }
        var funded = await plan.WithFundingAsync([candles], manifest.Source?.ToQuery(), cancellationToken).ConfigureAwait(false);
        foreach (var (symbol, expected) in manifest.Funding ?? new Dictionary<string, string>())
        {
            string? actual = funded.Simulation.FundingRates?.GetValueOrDefault(symbol)?.Sha256();
            if (actual != expected)
            {
                throw new Errors.BacktestException(Errors.ErrorKind.InvalidData,
                    $"The funding rates of {symbol} differ from the manifest's: SHA-256 {actual ?? "(none loaded)"}, expected {expected}.", "funding_rates");
            }
        }
        return funded.Execute(candles, report, manifest.Source, cancellationToken);
    }

    private static void Require(RunData expected, CandleSeries candles, string name)
    {
        string actual = CandleFingerprint.Sha256(candles);
        if (actual != expected.Sha256)
        {
            throw new Errors.BacktestException(Errors.ErrorKind.InvalidData,
                $"The {name} differ from the manifest's: SHA-256 {actual} ({candles.Count} bars), expected {expected.Sha256} ({expected.Bars} bars).", name);
        }
    }

    /// <summary>A checked strategy and options, ready to run on any candles.</summary>
    private sealed record Plan(StrategyEntry Entry, StrategyParameterValues Values, BacktestOptions Options, SimulationOptions Simulation, CandleSeries? LowerTimeframe)
    {
        public static Plan For(BacktestOptions options, CandleSeries? lowerTimeframe)
        {
            var entry = StrategyCatalog.Find(options.Strategy);
            var values = entry.Resolve(options.Parameters);
            var resolved = options with { Strategy = entry.Name, Parameters = values.ToDictionary() };
            return new Plan(entry, values, resolved, resolved.ToSimulationOptions(lowerTimeframe), lowerTimeframe);
        }

        /// <summary>This plan with the funding rates of <paramref name="candles"/>'s symbols (futures runs with funding on).</summary>
        public async Task<Plan> WithFundingAsync(IReadOnlyList<CandleSeries> candles, CandleQuery? query, CancellationToken cancellationToken)
        {
            var rates = await FundingSource.LoadAsync(Options.Futures, candles, query, cancellationToken).ConfigureAwait(false);
            return rates is null ? this : this with { Simulation = Simulation with { FundingRates = rates } };
        }

        /// <summary>As <see cref="WithFundingAsync"/>, from files only (no exchange is asked).</summary>
        public Plan WithFunding(IReadOnlyList<CandleSeries> candles, CandleQuery? query, CancellationToken cancellationToken) =>
            WithFundingAsync(candles, query, cancellationToken).GetAwaiter().GetResult();

        public BacktestResult Execute(CandleSeries candles, DataQualityReport? report, DataSource? source, CancellationToken cancellationToken)
        {
            var simulation = Simulator.Run(candles, Entry.Create(Values), Simulation, cancellationToken);
            return new BacktestResult(simulation, Manifest(RunData.Of(candles), source), report);
        }

        public BacktestResult ExecutePortfolio(CandleSeries[] candles, DataQualityReport?[] reports, DataSource[]? sources, CancellationToken cancellationToken)
        {
            var simulation = Simulator.RunPortfolio(candles, () => Entry.Create(Values), Simulation, Options.Portfolio, cancellationToken);
            var data = candles.Select(RunData.Of).ToArray();
            // A symbol's manifest names the basket it traded in: its share cannot be replayed alone.
            var symbols = simulation.Symbols.Select((s, k) => new BacktestResult(s, Manifest(data[k], sources?[k]) with { Basket = data }, reports[k])).ToArray();
            var manifest = Manifest(RunData.OfBasket(data, simulation.TimeMs.Length), source: null) with { Basket = data };
            return new BacktestResult(simulation, symbols, manifest, quality: null);
        }

        private RunManifest Manifest(RunData data, DataSource? source) => new()
        {
            EngineVersion = RunManifest.CurrentEngineVersion,
            Data = data,
            Source = source,
            LowerTimeframe = LowerTimeframe is null ? null : RunData.Of(LowerTimeframe),
            Strategy = Entry.Name,
            Parameters = Options.Parameters,
            Options = Options,
            Seed = Options.Seed,
            Funding = Simulation.FundingRates?.ToDictionary(r => r.Key, r => r.Value.Sha256(), StringComparer.Ordinal),
        };
    }
}
