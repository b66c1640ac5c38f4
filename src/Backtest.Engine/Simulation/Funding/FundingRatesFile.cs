using System.Globalization;
using Backtest.Engine.Errors;

namespace Backtest.Engine.Simulation;

/// <summary>
/// Reads funding-rate CSV files (<c>funding_time,funding_interval_hours,funding_rate</c>: epoch ms UTC, hours, rate
/// fraction). Every failure names the file, the line (1 = the header) and the column. Files are small (three rows a
/// day), so lines are read as strings.
/// </summary>
internal static class FundingRatesFile
{
    private static readonly string[] TimeNames = ["funding_time", "calc_time"];
    private static readonly string[] RateNames = ["funding_rate", "last_funding_rate"];

    public static FundingRates Read(string path, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        try
        {
            using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
            return Read(reader, path, cancellationToken);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new BacktestException(ErrorKind.NotFound, $"The funding-rate file '{path}' does not exist.", path, ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new BacktestException(ErrorKind.Storage, $"The funding-rate file '{path}' cannot be read: {ex.Message}", path, ex);
        }
    }

    private static FundingRates Read(StreamReader reader, string path, CancellationToken cancellationToken)
    {
        string? header = reader.ReadLine();
        while (header is not null && header.Trim().Length == 0) header = reader.ReadLine();
        if (header is null)
        {
            throw Bad(path, "the file is empty; expected the header funding_time,funding_interval_hours,funding_rate and one row per funding event");
        }
        string[] names = header.Split(',');
        int timeColumn = Column(names, TimeNames), rateColumn = Column(names, RateNames);
        if (timeColumn < 0 || rateColumn < 0)
        {
            throw Bad(path, $"line 1: expected a header naming funding_time and funding_rate (as in funding_time,funding_interval_hours,funding_rate); got '{Shorten(header)}'");
        }
        int needed = Math.Max(timeColumn, rateColumn) + 1;

        var times = new List<long>(4096);
        var rates = new List<double>(4096);
        int line = 1;
        for (string? text = reader.ReadLine(); text is not null; text = reader.ReadLine())
        {
            line++;
            if ((line & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
            if (text.Trim().Length == 0) continue;
            string[] fields = text.Split(',');
            if (fields.Length < needed)
            {
                throw Bad(path, string.Create(CultureInfo.InvariantCulture, $"line {line}: expected {names.Length} fields like the header; got {fields.Length} ('{Shorten(text)}')"));
            }
            string timeText = fields[timeColumn].Trim(), rateText = fields[rateColumn].Trim();
            if (!long.TryParse(timeText, NumberStyles.None, CultureInfo.InvariantCulture, out long time))
            {
                throw Bad(path, $"line {line}, column {names[timeColumn].Trim()}: '{Shorten(timeText)}' is not a time in epoch milliseconds");
            }
            if (!double.TryParse(rateText, NumberStyles.Float, CultureInfo.InvariantCulture, out double rate))
            {
                throw Bad(path, $"line {line}, column {names[rateColumn].Trim()}: '{Shorten(rateText)}' is not a number");
            }
            string? problem = (times.Count > 0 ? FundingRates.OrderProblem(times[^1], time) : null) ?? FundingRates.RateProblem(rate);
            if (problem is not null) throw Bad(path, string.Create(CultureInfo.InvariantCulture, $"line {line}: {problem}"));
            times.Add(time);
            rates.Add(rate);
        }
        if (times.Count == 0) throw Bad(path, "the file has a header but no funding rows");
        return new FundingRates([.. times], [.. rates], path);
    }

    private static int Column(string[] names, string[] accepted)
    {
        for (int i = 0; i < names.Length; i++)
        {
            string name = names[i].Trim();
            foreach (string a in accepted)
            {
                if (name.Equals(a, StringComparison.OrdinalIgnoreCase)) return i;
            }
        }
        return -1;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "...");

    private static BacktestException Bad(string path, string what) => new(ErrorKind.InvalidData, $"{path}: {what}.", path);
}
