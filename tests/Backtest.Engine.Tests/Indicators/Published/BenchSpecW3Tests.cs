using System.Globalization;
using System.IO.Compression;
using Backtest.Engine.Tests.Indicators.TestData;

namespace Backtest.Engine.Tests.Indicators.Published;

/// <summary>
/// Workload W3 of ../shared/bench/SPEC.md: SMA(20), EMA(20), RSI(14) and ATR(14) on its 1,000,000 one-minute
/// bars must reproduce the SPEC's reference values (relative 1e-9) at the first valid index, at the last bar,
/// and summed over indices 1000..999,999. The SPEC's seeding is Stock.Indicators' seeding, so the catalog
/// defaults need no special option.
/// </summary>
public class BenchSpecW3Tests
{
    private static readonly Lazy<(double[] High, double[] Low, double[] Close)> Bars = new(ReadBars);

    public static TheoryData<string, int, double, double, double> References() => new()
    {
        { "Sma", 19, 29994.5006, 8460.3575, 18313102977.0759 },
        { "Ema", 19, 29994.5006, 8462.84097554739, 18313102717.89986 },
        { "Rsi", 14, 65.50708364757962, 58.981653758897814, 49864753.56077288 },
        { "Atr", 14, 41.711, 14.544546036886489, 25029706.36051141 },
    };

    [Theory]
    [MemberData(nameof(References))]
    public void Reference_ValuesMatch(string indicator, int firstValid, double atFirst, double atLast, double sumFrom1000)
    {
        var (high, low, close) = Bars.Value;
        double[] values = indicator switch
        {
            "Sma" => Engine.Indicators.Sma.Series(close, 20),
            "Ema" => Engine.Indicators.Ema.Series(close, 20),
            "Rsi" => Engine.Indicators.Rsi.Series(close, 14),
            _ => Engine.Indicators.Atr.Series(high, low, close, 14).Atr,
        };
        Assert.Equal(1_000_000, values.Length);
        Assert.True(double.IsNaN(values[firstValid - 1]));
        AssertRelative(atFirst, values[firstValid], "first valid");
        AssertRelative(atLast, values[^1], "last");
        double sum = 0;
        for (int i = 1000; i < values.Length; i++) sum += values[i];
        AssertRelative(sumFrom1000, sum, "sum[1000:]");
    }

    private static void AssertRelative(double expected, double actual, string what) =>
        Assert.True(Math.Abs(actual - expected) <= 1e-9 * Math.Abs(expected),
            string.Create(CultureInfo.InvariantCulture, $"{what}: expected {expected:R}, actual {actual:R}"));

    private static (double[], double[], double[]) ReadBars()
    {
        string path = System.IO.Path.Combine(SharedData.RepositoryRoot, "..", "shared", "bench", "bars_1m.csv.gz");
        double[] high = new double[1_000_000], low = new double[1_000_000], close = new double[1_000_000];
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        Assert.Equal("time,open,high,low,close,volume", reader.ReadLine());
        int row = 0;
        string? line;
        Span<Range> parts = stackalloc Range[6];
        while ((line = reader.ReadLine()) is not null)
        {
            var cells = line.AsSpan();
            cells.Split(parts, ',');
            high[row] = double.Parse(cells[parts[2]], CultureInfo.InvariantCulture);
            low[row] = double.Parse(cells[parts[3]], CultureInfo.InvariantCulture);
            close[row] = double.Parse(cells[parts[4]], CultureInfo.InvariantCulture);
            row++;
        }
        Assert.Equal(1_000_000, row);
        return (high, low, close);
    }
}
