using System.Globalization;
using System.Text;
using Backtest.Engine.Data;
using Backtest.Engine.IO;
using Backtest.Engine.Metrics;
using Backtest.Engine.Simulation;

namespace Backtest.Engine.Reports;

/// <summary>
/// Writes a result's report files into a folder, each atomically (readers see the old file or the whole new one):
/// <list type="bullet">
/// <item><c>performance_metrics.csv</c>: <c>metric,value</c>, one row per field of the result;</item>
/// <item><c>trades.csv</c>: <c>entry_time,exit_time,side,quantity,entry_price,exit_price,pnl,return_pct,fees,symbol,exit_reason,entry_tag</c>
/// (an open trade has an empty exit time and is marked at the last close);</item>
/// <item><c>equity.csv</c>: <c>time,equity,drawdown_pct</c>, one row per bar (time = the bar's open, values at its close);</item>
/// <item><c>monthly_returns.csv</c>: <c>year,month,return_pct</c>, one row per calendar month (UTC);</item>
/// <item><c>result.json</c>: every metric plus <c>trades</c> and <c>final_equity</c> (see <see cref="ResultJson"/>);</item>
/// <item><c>manifest.json</c>: the run manifest.</item>
/// </list>
/// Numbers are invariant and round-trip exact; times are UTC ISO 8601.
/// </summary>
public static class BacktestReportWriter
{
    /// <summary>The file names, in the order they are written.</summary>
    public static IReadOnlyList<string> FileNames { get; } =
        ["performance_metrics.csv", "trades.csv", "equity.csv", "monthly_returns.csv", "result.json", "manifest.json"];

    /// <summary>
    /// Where one of <paramref name="resultCount"/> results' reports go under <paramref name="root"/>: the folder
    /// itself for a single result, else a <c>SYMBOL-INTERVAL</c> subfolder each.
    /// </summary>
    public static string FolderFor(string root, BacktestResult result, int resultCount)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(result);
        return resultCount == 1 ? root : Path.Combine(root, $"{result.Symbol}-{result.Interval.Name}");
    }

    /// <summary>Writes every report file of <paramref name="result"/> into <paramref name="directory"/> (created if missing).</summary>
    /// <returns>The full paths written.</returns>
    public static IReadOnlyList<string> Write(BacktestResult result, string directory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory.CreateDirectory(directory);
        var written = new List<string>(FileNames.Count);
        void Text(string name, Action<TextWriter> write)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string path = Path.GetFullPath(Path.Combine(directory, name));
            AtomicFile.Write(path, stream =>
            {
                using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
                write(writer);
            });
            written.Add(path);
        }
        Text("performance_metrics.csv", w => WriteMetrics(w, result));
        Text("trades.csv", w => WriteTrades(w, result.GetTrades()));
        Text("equity.csv", w => WriteEquity(w, result));
        Text("monthly_returns.csv", w => WriteMonthly(w, result));
        Text("result.json", w => w.Write(ResultJson.ToText([result])));
        Text("manifest.json", w => w.Write(result.GetManifest().ToJson()));
        return written;
    }

    private static void WriteMetrics(TextWriter writer, BacktestResult result)
    {
        writer.WriteLine("metric,value");
        var values = ResultFields.Values(result);
        for (int i = 0; i < values.Length; i++) writer.WriteLine($"{ResultFields.Names[i]},{ReportText.Csv(ReportText.Format(values[i]))}");
    }

    /// <summary>Writes the trades table.</summary>
    public static void WriteTrades(TextWriter writer, IReadOnlyList<Trade> trades)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(trades);
        writer.WriteLine("entry_time,exit_time,side,quantity,entry_price,exit_price,pnl,return_pct,fees,symbol,exit_reason,entry_tag");
        foreach (var t in trades)
        {
            writer.WriteLine(string.Join(',', ReportText.Time(t.EntryTime), t.ExitTime is { } exit ? ReportText.Time(exit) : "",
                t.Side == TradeSide.Long ? "long" : "short", ReportText.Number(t.Quantity), ReportText.Number(t.EntryPrice),
                ReportText.Number(t.ExitPrice), ReportText.Number(t.Pnl), ReportText.Number(t.ReturnPct), ReportText.Number(t.Fees),
                Cell(t.Symbol), t.ExitReason, Cell(t.EntryTag ?? "")));
        }
    }

    // A strategy's tag is free text: quoted when it holds a comma, a quote or a line break.
    private static string Cell(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") < 0 ? text : $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    private static void WriteEquity(TextWriter writer, BacktestResult result)
    {
        writer.WriteLine("time,equity,drawdown_pct");
        foreach (var point in result.GetEquityCurve())
        {
            writer.WriteLine(string.Join(',', ReportText.Time(point.Time), ReportText.Number(point.Equity), ReportText.Number(point.DrawdownPct)));
        }
    }

    private static void WriteMonthly(TextWriter writer, BacktestResult result)
    {
        writer.WriteLine("year,month,return_pct");
        foreach (var m in result.GetMonthlyReturns())
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{m.Year},{m.Month},{ReportText.Number(m.ReturnPct)}"));
        }
    }
}
