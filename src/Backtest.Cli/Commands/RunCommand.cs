using System.CommandLine;
using Backtest.Cli.Output;
using Backtest.Engine.Reports;
using Backtest.Engine.Simulation;
using Spectre.Console;

namespace Backtest.Cli.Commands;

/// <summary><c>backtest run</c>: the CLI twin of <c>Invoke-Backtest</c>.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var run = new RunArguments();
        var format = new Option<string>("--format") { Description = "table (default) or json (result.json's content).", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var outDir = new Option<string?>("--out") { Description = "Write performance_metrics.csv, trades.csv, equity.csv, monthly_returns.csv, result.json and manifest.json into this folder.", HelpName = "dir" };
        var command = new Command("run", "Backtest a catalogued strategy on candles from a file, Binance or the sample market.");
        run.AddTo(command);
        command.Options.Add(outDir);
        command.Options.Add(format);
        command.SetAction(async (parse, ct) =>
        {
            var config = run.ReadConfig(parse);
            var options = run.ToOptions(parse, config);
            var query = run.ToQuery(parse, config);
            var stderr = parse.InvocationConfiguration.Error;
            bool portfolio = run.IsPortfolio(parse, query);
            var results = await ConsoleProgress.RunAsync(stderr, async p =>
            {
                if (portfolio) return [await BacktestRunner.RunPortfolioAsync(options, query, p, ct).ConfigureAwait(false)];
                var list = new List<BacktestResult>();
                await foreach (var result in BacktestRunner.RunAsync(options, query, p, ct).ConfigureAwait(false)) list.Add(result);
                return list;
            }).ConfigureAwait(false);
            foreach (var r in results)
            {
                if (r.IsSynthetic) await stderr.WriteLineAsync($"note: {r.Symbol} is SYNTHETIC sample data (seeded model), not market prices.").ConfigureAwait(false);
                if (r.DataQuality != "clean") await stderr.WriteLineAsync($"warning: {r.Symbol} {r.Interval}: {r.DataQuality}").ConfigureAwait(false);
            }
            if (parse.GetValue(outDir) is { } dir)
            {
                foreach (var r in results) BacktestReportWriter.Write(r, BacktestReportWriter.FolderFor(dir, r, results.Count), ct);
                // A portfolio's folder also holds one folder per symbol with that symbol's share.
                if (portfolio) foreach (var s in results[0].GetSymbolResults()) BacktestReportWriter.Write(s, BacktestReportWriter.FolderFor(dir, s, 2), ct);
            }
            var stdout = parse.InvocationConfiguration.Output;
            if (parse.GetValue(format) == "json") await stdout.WriteLineAsync(ResultJson.ToText(results)).ConfigureAwait(false);
            else if (portfolio) WritePortfolio(stdout, results[0]);
            else WriteTables(stdout, results);
            return ExitCodes.Ok;
        });
        return command;
    }

    // The portfolio's metrics, then one line per symbol: its trades and its share of the result.
    private static void WritePortfolio(TextWriter writer, BacktestResult portfolio)
    {
        WriteTables(writer, [portfolio]);
        var table = new Table().Border(TableBorder.Rounded).Title("per symbol");
        foreach (var column in (string[])["symbol", "trades", "return_pct", "win_rate_pct", "max_drawdown_pct", "fees_paid", "funding_paid"])
        {
            table.AddColumn(column == "symbol" ? new TableColumn(column) : new TableColumn(column).RightAligned());
        }
        foreach (var s in portfolio.GetSymbolResults())
        {
            table.AddRow([.. ((object[])[s.Symbol, s.Trades, s.TotalReturnPct, s.WinRatePct, s.MaxDrawdownPct, s.FeesPaid, s.FundingPaid]).Select(v => Markup.Escape(ReportText.Format(v)))]);
        }
        TableConsole.For(writer).Write(table);
    }

    private static void WriteTables(TextWriter writer, IReadOnlyList<BacktestResult> results)
    {
        var console = TableConsole.For(writer);
        foreach (var r in results)
        {
            var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape($"{r.Symbol} {r.Interval} · {r.Strategy}({r.Parameters}){(r.IsSynthetic ? " · SYNTHETIC" : "")}"));
            table.AddColumn("metric");
            table.AddColumn(new TableColumn("value").RightAligned());
            var values = ResultFields.Values(r);
            for (int i = 0; i < values.Length; i++) table.AddRow(Markup.Escape(ResultFields.Names[i]), Markup.Escape(ReportText.Format(values[i])));
            console.Write(table);
        }
    }
}
