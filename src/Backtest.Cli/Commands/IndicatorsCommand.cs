using System.CommandLine;
using Backtest.Cli.Output;
using Backtest.Engine.Data.Csv;
using Backtest.Engine.Errors;
using Backtest.Engine.Indicators;

namespace Backtest.Cli.Commands;

/// <summary>
/// <c>backtest indicators</c>: computes catalog indicators over a candle file, one row per input row in the file's
/// order (CSV by default), or prints the catalog with <c>--list</c>.
/// </summary>
internal static class IndicatorsCommand
{
    public static Command Create()
    {
        var input = new Option<string?>("--input", "-f")
        {
            Description = "Candle file: Binance layout, generic OHLCV with a date column, data.binance.vision dumps; .csv, .csv.gz, .zip.",
        };
        var indicators = new Option<string[]>("--indicator")
        {
            Description = "NAME or 'NAME(p1,p2,...)': parameters in catalog order, omitted ones take defaults; repeat for more. Names ignore case, '-' and '_'.",
            AllowMultipleArgumentsPerToken = true,
        };
        var list = new Option<bool>("--list") { Description = "Print the catalog: every indicator, its parameters (default, min, max) and outputs." };
        var interval = new Option<string?>("--interval") { Description = "The file's candle interval, when it cannot be told from the data.", HelpName = "interval" };
        interval.AcceptOnlyFromAmong([.. Engine.Data.Interval.Names]);
        var tail = new Option<int?>("--tail") { Description = "Table format: show only the last N rows (default 20)." };
        var output = new OutputArguments();
        output.Format.Description = "csv (default), json or table (the last --tail rows); with --list: table (default), csv or json.";
        // The default depends on --list, so none is declared: an absent --format is resolved in the action.
        output.Format.DefaultValueFactory = null;

        var command = new Command("indicators", "Compute indicators over a candle file (one row per input row, in the file's order), or list them.");
        foreach (var option in (Option[])[input, indicators, list, interval, tail]) command.Options.Add(option);
        output.AddTo(command);
        command.Validators.Add(r =>
        {
            string[] texts = r.GetValue(indicators) ?? [];
            if (r.GetValue(list))
            {
                if (r.GetValue(input) is not null || texts.Length > 0) r.AddError("--list prints the catalog; it takes no --input or --indicator.");
                return;
            }
            if (r.GetValue(input) is null) r.AddError("Name the candle file: --input FILE.");
            if (texts.Length == 0) r.AddError("Name at least one --indicator NAME or 'NAME(p1,p2,...)'; 'backtest indicators --list' shows them all.");
            var asked = new HashSet<string>(StringComparer.Ordinal);
            foreach (string text in texts)
            {
                try
                {
                    string resolved = ParseRequest(text).ToString();
                    if (!asked.Add(resolved)) r.AddError($"--indicator {resolved} is given twice; each indicator and parameter set gives its columns once.");
                }
                catch (BacktestException ex)
                {
                    r.AddError(ex.Message);
                }
            }
        });
        command.SetAction((parse, ct) =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            bool listing = parse.GetValue(list);
            var format = parse.GetResult(output.Format) is { Implicit: false } ? output.GetFormat(parse) : listing ? OutputFormat.Table : OutputFormat.Csv;
            if (listing)
            {
                OutputTarget.Write(parse.GetValue(output.Out), stdout, writer => IndicatorCatalogWriter.Write(writer, IndicatorCatalog.All, format));
                return Task.FromResult(ExitCodes.Ok);
            }
            var requests = (parse.GetValue(indicators) ?? []).Select(ParseRequest).ToList();
            var options = new CsvReadOptions { Interval = parse.GetValue(interval) is { } name ? Engine.Data.Interval.Parse(name) : null };
            var series = CsvCandleReader.Read(parse.GetValue(input)!, options, ct);
            var table = IndicatorTable.Compute(series, requests);
            if (table.WasReordered)
            {
                parse.InvocationConfiguration.Error.WriteLine(
                    $"note: {series.Source} is not in time order; each value was computed in time order and is listed on its own row, in the file's order.");
            }
            OutputTarget.Write(parse.GetValue(output.Out), stdout, writer =>
            {
                switch (format)
                {
                    case OutputFormat.Json: IndicatorTableWriter.WriteJson(writer, table); break;
                    case OutputFormat.Table: IndicatorTableWriter.WriteTable(writer, table, parse.GetValue(tail) ?? 20); break;
                    default: IndicatorTableWriter.WriteCsv(writer, table); break;
                }
            });
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }

    /// <summary>Parses one <c>--indicator</c> value; an unknown name gets a "did you mean" instead of the whole catalog.</summary>
    private static IndicatorRequest ParseRequest(string text)
    {
        int open = text.IndexOf('(', StringComparison.Ordinal);
        string name = (open < 0 ? text : text[..open]).Trim();
        if (name.Length > 0 && !IndicatorCatalog.TryFind(name, out _))
        {
            string? closest = IndicatorSuggestion.Closest(name);
            throw new BacktestException(ErrorKind.InvalidArgument,
                $"Unknown indicator '{name}'.{(closest is null ? "" : $" Did you mean '{closest}'?")} 'backtest indicators --list' shows the catalog.", name);
        }
        return IndicatorRequest.Parse(text);
    }
}
