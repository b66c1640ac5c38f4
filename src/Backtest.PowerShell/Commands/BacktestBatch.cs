using Backtest.Engine.Data;
using Backtest.Engine.Data.Quality;
using Backtest.Engine.Errors;
using Backtest.Engine.Simulation;
using Backtest.Engine.Strategies.Config;
using Backtest.PowerShell.Pipeline;

namespace Backtest.PowerShell.Commands;

/// <summary>
/// <c>Invoke-Backtest</c>'s two steps without the cmdlet: gathering one pipeline record's input, and running every
/// gathered series and query. Options are checked first (a bad one ends the command); after that each series,
/// symbol or file fails alone, as a non-terminating error.
/// </summary>
internal static class BacktestBatch
{
    /// <summary>
    /// Adds one pipeline record's input for <paramref name="parameterSet"/>: several symbols or files in one record are
    /// one portfolio (unless <paramref name="perSymbol"/>); otherwise each symbol or file is a query of its own.
    /// </summary>
    public static void Gather(BacktestInputs inputs, string parameterSet, Candle[] candles, CandleSeries[] series, string[] symbols, string[] paths,
        string? interval, DateTime? start, DateTime? end, CandleSourceKind source, QualityPolicy quality, bool perSymbol = false, string? configPath = null)
    {
        var query = new CandleQuery
        {
            Interval = interval is null ? null : Interval.Parse(interval),
            StartTime = start is { } s ? CandleSeries.ToUtc(CandleSeries.ToEpochMs(s)) : null,
            EndTime = end is { } e ? CandleSeries.ToUtc(CandleSeries.ToEpochMs(e)) : null,
            QualityPolicy = quality,
        };
        switch (parameterSet)
        {
            case InvokeBacktestCommand.ByCandle: inputs.AddCandles(candles); break;
            case InvokeBacktestCommand.BySeries: inputs.AddSeries(series); break;
            case InvokeBacktestCommand.ByConfig:
                // Only a config file: its data section names the candles (several symbols or files: one portfolio).
                var data = BacktestConfigFile.Read(configPath!).Data ?? throw new BacktestException(ErrorKind.InvalidArgument,
                    $"{configPath}: the config has no data section; name the candles with -Symbol or -Path, or add data: (symbols, interval, source or paths).", configPath);
                if (!perSymbol && data.Symbols.Count + data.Paths.Count > 1) inputs.AddPortfolio(data);
                else inputs.AddQuery(data);
                break;
            case InvokeBacktestCommand.ByPath when paths.Length > 1 && !perSymbol:
                inputs.AddPortfolio(query with { Source = CandleSourceKind.Csv, Paths = paths });
                break;
            case InvokeBacktestCommand.ByPath:
                foreach (var path in paths) inputs.AddQuery(query with { Source = CandleSourceKind.Csv, Paths = [path] });
                break;
            default:
                if (symbols.Length > 1 && !perSymbol) inputs.AddPortfolio(query with { Source = source, Symbols = symbols });
                else foreach (var symbol in symbols) inputs.AddQuery(query with { Source = source, Symbols = [symbol] });
                break;
        }
    }

    /// <summary>Runs everything gathered, writing each result (and its warnings) to <paramref name="sink"/> and <paramref name="results"/>.</summary>
    /// <exception cref="BacktestException">A bad option (before anything runs).</exception>
    public static async Task RunAsync(BacktestOptions options, BacktestInputs inputs, PipelineSink sink, List<BacktestResult> results, CancellationToken ct)
    {
        options.Validate();
        var progress = new Progress<DownloadProgress>(p => sink.Progress($"{p.Symbol}: {p.Candles:N0} candles", p.Percent));
        foreach (var series in inputs.Series)
        {
            try { Emit(BacktestRunner.Run(options, series, null, ct)); }
            catch (BacktestException ex) { sink.Error(ex); }
        }
        foreach (var query in inputs.Queries)
        {
            try
            {
                await foreach (var result in BacktestRunner.RunAsync(options, query, progress, ct).ConfigureAwait(false)) Emit(result);
            }
            catch (BacktestException ex) { sink.Error(ex); }
        }
        foreach (var query in inputs.Portfolios)
        {
            try { Emit(await BacktestRunner.RunPortfolioAsync(options, query, progress, ct).ConfigureAwait(false)); }
            catch (BacktestException ex) { sink.Error(ex); }
        }

        void Emit(BacktestResult result)
        {
            results.Add(result);
            if (result.IsSynthetic) sink.Warning($"{result.Symbol}: SYNTHETIC sample data (seeded model), not market prices.");
            if (result.DataQuality != "clean") sink.Warning($"{result.Symbol} {result.Interval}: {result.DataQuality}");
            sink.Output(result);
        }
    }
}
