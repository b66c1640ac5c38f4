using System.CommandLine;
using System.Globalization;
using Backtest.Cli.Output;
using Backtest.Engine.Signals;
using Backtest.Engine.Signals.Bands;
using Spectre.Console;

namespace Backtest.Cli.Commands;

/// <summary>
/// <c>backtest bands</c>: the CLI twin of <c>Get-BandSignal</c>. Exit codes for schedulers: 0 ok, 1 every symbol
/// failed (or the scan could not start), 3 stale data, 4 partial (some symbols failed).
/// </summary>
internal static class BandsCommand
{
    public static Command Create()
    {
        var bands = new BandArguments();
        var output = new OutputArguments();
        var command = new Command("bands",
            "Polynomial-regression band signals (BUY below the lower band, SELL above the upper, else HOLD) on the latest close of each symbol.");
        bands.AddTo(command);
        output.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var options = bands.ToOptions(parse);
            var stderr = parse.InvocationConfiguration.Error;
            var created = DateTime.UtcNow;
            var results = await BandScan.RunAllAsync(options, null, ct).ConfigureAwait(false);
            var report = new BandScanReport(created, options, results);
            foreach (var r in results)
            {
                string kind = r.Failed ? "error" : "note";
                if (r.Signal.Error is { } error) await stderr.WriteLineAsync($"{kind}: {r.Signal.Symbol}: {error}").ConfigureAwait(false);
            }
            if (results.Any(r => r.IsSynthetic)) await stderr.WriteLineAsync("note: sample data is SYNTHETIC (seeded model), not market prices.").ConfigureAwait(false);
            if (parse.GetValue(bands.OutputPath) is { } outputPath)
            {
                string path = BandSignalFile.Save(outputPath, report);
                await stderr.WriteLineAsync($"wrote {path}").ConfigureAwait(false);
            }
            var rows = bands.Select(parse, report.Signals);
            OutputTarget.Write(parse.GetValue(output.Out), parse.InvocationConfiguration.Output, writer =>
            {
                switch (output.GetFormat(parse))
                {
                    case OutputFormat.Csv: BandSignalCsv.Write(writer, rows); break;
                    case OutputFormat.Json:
                        writer.Flush();
                        using (var buffer = new MemoryStream())
                        {
                            var printed = rows.ToHashSet();
                            BandSignalJson.Write(buffer, report with { Results = [.. results.Where(r => printed.Contains(r.Signal))] });
                            writer.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
                        }
                        break;
                    default: WriteTable(writer, report, rows); break;
                }
            });
            var status = BandScanVerdict.Of(results, DateTime.UtcNow, bands.GetMaxAge(parse, options));
            if (status == BandScanStatus.Stale) await stderr.WriteLineAsync("stale: the newest candle of some symbol is older than --max-age.").ConfigureAwait(false);
            return status switch
            {
                BandScanStatus.Ok => ExitCodes.Ok,
                BandScanStatus.Stale => ExitCodes.DataQuality,
                BandScanStatus.Partial => ExitCodes.Partial,
                _ => ExitCodes.Error,
            };
        });
        return command;
    }

    private static void WriteTable(TextWriter writer, BandScanReport report, IReadOnlyList<BandSignal> rows)
    {
        var console = TableConsole.For(writer);
        var o = report.Options;
        console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"band signals · {o.Interval?.Name ?? "file interval"} · degree {o.Degree} · ±{o.KStd}σ · last {o.Days} days · " +
            $"{report.Count(TradeSignal.Buy)} BUY, {report.Count(TradeSignal.Sell)} SELL, {report.Count(TradeSignal.Hold)} HOLD, " +
            $"{report.NoSignalCount} without signal, {report.FailedCount} failed")));
        var table = new Table().Border(TableBorder.Simple);
        foreach (var name in (string[])["Symbol", "Signal", "Close", "Lower", "Fit", "Upper", "Return %", "Dist σ", "R²", "Bars", "AsOf (UTC)", "Error"])
        {
            table.AddColumn(new TableColumn(name) { Alignment = name is "Symbol" or "Signal" or "Error" ? Justify.Left : Justify.Right });
        }
        foreach (var s in rows)
        {
            string signal = s.Signal.ToString().ToUpperInvariant();
            table.AddRow(
                Markup.Escape(s.Symbol),
                s.Signal switch { TradeSignal.Buy => $"[green]{signal}[/]", TradeSignal.Sell => $"[red]{signal}[/]", _ => signal },
                N(s.Close), N(s.Lower), N(s.Fit), N(s.Upper),
                Fixed(s.PotentialReturnPct), Fixed(s.DistanceSigma), s.RSquared.ToString("0.000", CultureInfo.InvariantCulture),
                s.Bars.ToString(CultureInfo.InvariantCulture),
                s.AsOf?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "",
                Markup.Escape(s.Error ?? ""));
        }
        console.Write(table);
        if (rows.Count == 0) console.MarkupLine("[grey](no symbol matches the filter)[/]");
    }

    private static string N(double value) => double.IsFinite(value) ? TableConsole.Number(value) : "";

    private static string Fixed(double value) => double.IsFinite(value) ? value.ToString("0.00", CultureInfo.InvariantCulture) : "";
}
