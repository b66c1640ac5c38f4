using System.Collections.Concurrent;
using System.Globalization;

namespace Backtest.Testing;

/// <summary>
/// A shared funding file (<c>funding_time,funding_interval_hours,funding_rate</c>) read by the tests' own parser;
/// rates keep their original text. Loaded once per test run.
/// </summary>
public sealed class ReferenceFunding
{
    private static readonly ConcurrentDictionary<string, Lazy<ReferenceFunding>> Cache = new();

    private ReferenceFunding(long[] time, string[] rate) => (FundingTime, RateText) = (time, rate);

    /// <summary>Funding times, epoch ms.</summary>
    public long[] FundingTime { get; }

    /// <summary>Funding rates as written in the file.</summary>
    public string[] RateText { get; }

    /// <summary>Records in the file.</summary>
    public int Count => FundingTime.Length;

    /// <summary>The rate of <paramref name="row"/> as a double.</summary>
    public double Rate(int row) => double.Parse(RateText[row], NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>Loads (once) a funding file under <c>shared/data/binance</c>.</summary>
    public static ReferenceFunding Load(string relativePath) =>
        Cache.GetOrAdd(relativePath, p => new Lazy<ReferenceFunding>(() => Read(p))).Value;

    private static ReferenceFunding Read(string relativePath)
    {
        string path = SharedData.Path("binance/" + relativePath);
        var lines = File.ReadLines(path).ToList();
        if (lines.Count == 0 || lines[0] != "funding_time,funding_interval_hours,funding_rate") throw new InvalidDataException($"{path} has an unexpected header.");
        var rows = lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).ToList();
        return new ReferenceFunding(
            rows.Select(r => long.Parse(r[0], CultureInfo.InvariantCulture)).ToArray(),
            rows.Select(r => r[2]).ToArray());
    }
}
