using System.CommandLine;
using Backtest.Cli.Output;
using Backtest.Engine.Data;
using Backtest.Engine.Data.Quality;
using Spectre.Console;

namespace Backtest.Cli.Commands;

/// <summary><c>backtest quality</c>: the data-quality report for each symbol; exit code 3 when any is not clean.</summary>
internal static class QualityCommand
{
    public static Command Create()
    {
        var candles = new CandleArguments();
        var output = new OutputArguments();
        var command = new Command("quality", "Check candles for gaps, duplicates, bad prices and outliers; exit 3 when problems are found.");
        candles.AddTo(command);
        output.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var query = candles.ToQuery(parse) with { QualityPolicy = QualityPolicy.Warn };
            var stderr = parse.InvocationConfiguration.Error;
            var sets = await ConsoleProgress.RunAsync(stderr, p => CandleLoader.LoadAllAsync(query, p, ct)).ConfigureAwait(false);
            var reports = sets.Select(s => s.Quality).ToList();
            OutputTarget.Write(parse.GetValue(output.Out), parse.InvocationConfiguration.Output, writer =>
            {
                switch (output.GetFormat(parse))
                {
                    case OutputFormat.Csv: RecordWriter.WriteCsv(writer, reports); break;
                    case OutputFormat.Json: RecordWriter.WriteJson(writer, reports); break;
                    default: WriteTables(writer, sets); break;
                }
            });
            return reports.All(r => r.IsClean) ? ExitCodes.Ok : ExitCodes.DataQuality;
        });
        return command;
    }

    private static void WriteTables(TextWriter writer, IReadOnlyList<CandleSet> sets)
    {
        var console = TableConsole.For(writer);
        foreach (var set in sets)
        {
            var r = set.Quality;
            string title = $"{set.Series.Symbol} {set.Series.Interval}: {(r.IsClean ? "clean" : "problems found")}{(set.Series.IsSynthetic ? " (SYNTHETIC sample data)" : "")}";
            RecordWriter.WriteVertical(console, [r], _ => title);
            if (r.GapList.Count > 0)
            {
                var gaps = new Table().Border(TableBorder.Simple).Title("largest gaps");
                gaps.AddColumn("First missing (UTC)");
                gaps.AddColumn("Data resumes (UTC)");
                gaps.AddColumn(new TableColumn("Missing bars").RightAligned());
                foreach (var g in r.GapList.OrderByDescending(g => g.MissingBars).Take(10))
                {
                    gaps.AddRow(RecordWriter.Format(g.Start), RecordWriter.Format(g.End), g.MissingBars.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
                console.Write(gaps);
            }
            foreach (var issue in r.Issues.Take(20))
            {
                console.MarkupLine($"[yellow]{Markup.Escape($"{RecordWriter.Format(issue.OpenTime)} row {issue.RowIndex + 1}: {issue.Kind}: {issue.Message}")}[/]");
            }
            if (r.Issues.Count > 20) console.MarkupLine($"[grey]({r.Issues.Count - 20} more issues; --format json lists them all)[/]");
        }
    }
}
