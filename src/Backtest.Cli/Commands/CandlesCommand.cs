using System.CommandLine;
using System.Globalization;
using Backtest.Cli.Output;
using Backtest.Engine.Data;
using Spectre.Console;

namespace Backtest.Cli.Commands;

/// <summary><c>backtest candles</c>: the CLI twin of <c>Get-Candles</c>.</summary>
internal static class CandlesCommand
{
    public static Command Create()
    {
        var candles = new CandleArguments();
        var output = new OutputArguments();
        var tail = new Option<int?>("--tail") { Description = "Table format: show only the last N candles of each symbol (default 20)." };
        var command = new Command("candles", "Get candles from Binance (cached), files or the synthetic sample market.");
        candles.AddTo(command);
        output.AddTo(command);
        command.Options.Add(tail);
        command.SetAction(async (parse, ct) =>
        {
            var query = candles.ToQuery(parse);
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            var sets = await ConsoleProgress.RunAsync(stderr, p => CandleLoader.LoadAllAsync(query, p, ct)).ConfigureAwait(false);
            var format = output.GetFormat(parse);
            if (format != OutputFormat.Table && sets.Any(s => s.Series.IsSynthetic))
            {
                await stderr.WriteLineAsync("note: sample data is SYNTHETIC (seeded model), not market prices.").ConfigureAwait(false);
            }
            OutputTarget.Write(parse.GetValue(output.Out), stdout, writer =>
            {
                switch (format)
                {
                    case OutputFormat.Csv: CandleCsvWriter.Write(writer, sets.Select(s => s.Series)); break;
                    case OutputFormat.Json: CandleJsonWriter.Write(writer, sets); break;
                    default: WriteTables(writer, sets, parse.GetValue(tail) ?? 20); break;
                }
            });
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void WriteTables(TextWriter writer, IReadOnlyList<CandleSet> sets, int tail)
    {
        var console = TableConsole.For(writer);
        foreach (var set in sets)
        {
            var s = set.Series;
            console.MarkupLine($"[bold]{Markup.Escape(s.ToString())}[/]  source: {Markup.Escape(s.Source)}");
            if (s.IsSynthetic) console.MarkupLine("[yellow]SYNTHETIC sample data (seeded model), not market prices.[/]");
            if (!set.Quality.IsClean) console.MarkupLine($"[yellow]quality: {Markup.Escape(set.Quality.Summary)}[/]  (backtest quality … for the report)");
            var table = new Table().Border(TableBorder.Simple);
            foreach (var name in (string[])["OpenTime (UTC)", "Open", "High", "Low", "Close", "Volume", "QuoteVolume", "Trades"])
            {
                table.AddColumn(new TableColumn(name).RightAligned());
            }
            int from = Math.Max(0, s.Count - Math.Max(tail, 0));
            for (int i = from; i < s.Count; i++)
            {
                var c = s[i];
                table.AddRow(c.OpenTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), N(c.Open), N(c.High), N(c.Low), N(c.Close), N(c.Volume),
                    c.QuoteVolume is { } q ? N(q) : "", c.Trades?.ToString(CultureInfo.InvariantCulture) ?? "");
            }
            console.Write(table);
            if (from > 0) console.MarkupLine($"[grey]({from:N0} earlier candles not shown; --tail N or --format csv shows them)[/]");
        }
    }

    private static string N(double value) => TableConsole.Number(value);
}
