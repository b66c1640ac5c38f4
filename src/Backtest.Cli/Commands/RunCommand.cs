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
            var results = await ConsoleProgress.RunAsync(stderr, async p =>
            {
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
            }
            var stdout = parse.InvocationConfiguration.Output;
            if (parse.GetValue(format) == "json") await stdout.WriteLineAsync(ResultJson.ToText(results)).ConfigureAwait(false);
            else WriteTables(stdout, results);
            return ExitCodes.Ok;
        });
        return command;
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
