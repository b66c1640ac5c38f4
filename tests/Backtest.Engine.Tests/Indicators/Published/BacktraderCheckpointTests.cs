using System.Globalization;
using System.Text.Json;
using Backtest.Engine.Indicators;
using Backtest.Engine.Tests.Indicators.TestData;

namespace Backtest.Engine.Tests.Indicators.Published;

/// <summary>
/// backtrader's own indicator-test checkpoints (../shared/data/expected/indicators/backtrader_2006-day-001.json):
/// three bars per output line, compared as printf "%f" strings, on backtrader/2006-day-001.csv. An
/// independent second library: it agrees with Stock.Indicators' seeding for these six indicators.
/// </summary>
public class BacktraderCheckpointTests
{
    // backtrader test → our catalog call, and backtrader line name → our output.
    private static readonly Dictionary<string, (string Indicator, double[] Parameters, Dictionary<string, string> Lines)> Map = new()
    {
        ["test_ind_atr"] = ("Atr", [14], new() { ["atr"] = "Atr" }),
        ["test_ind_bbands"] = ("BollingerBands", [20, 2], new() { ["mid"] = "Sma", ["top"] = "UpperBand", ["bot"] = "LowerBand" }),
        ["test_ind_ema"] = ("Ema", [30], new() { ["ema"] = "Ema" }),
        ["test_ind_macdhisto"] = ("Macd", [12, 26, 9], new() { ["macd"] = "Macd", ["signal"] = "Signal", ["histo"] = "Histogram" }),
        ["test_ind_rsi"] = ("Rsi", [14], new() { ["rsi"] = "Rsi" }),
        ["test_ind_sma"] = ("Sma", [30], new() { ["sma"] = "Sma" }),
    };

    public static TheoryData<string> Tests() => new(Map.Keys);

    [Theory]
    [MemberData(nameof(Tests))]
    public void Checkpoints_MatchToSixDecimals(string test)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(SharedData.Path("expected/indicators/backtrader_2006-day-001.json")));
        var spec = doc.RootElement.GetProperty("indicators").GetProperty(test);
        var (indicator, parameters, lines) = Map[test];
        var input = QuoteFile.Read("backtrader/2006-day-001.csv");
        var result = IndicatorCatalog.Compute(indicator, input, parameters);

        int minPeriod = spec.GetProperty("min_period").GetInt32();
        // backtrader's min_period is the bar the whole indicator is first complete: ours too.
        Assert.Contains(lines.Values, line => double.IsNaN(result[line][minPeriod - 2]));
        Assert.All(lines.Values, line => Assert.False(double.IsNaN(result[line][minPeriod - 1])));
        int checkedCount = 0;
        foreach (var expected in spec.GetProperty("expected").EnumerateArray())
        {
            int bar = expected.GetProperty("bar_index").GetInt32();
            Assert.Equal(expected.GetProperty("date").GetString(), QuoteFile.DateOf(input, bar));
            double actual = result[lines[expected.GetProperty("line").GetString()!]][bar];
            string text = actual.ToString("F6", CultureInfo.InvariantCulture);
            var accepted = expected.TryGetProperty("expected_any_of", out var any)
                ? any.EnumerateArray().Select(e => e.GetString()).ToArray()
                : [expected.GetProperty("expected").GetString()];
            Assert.Contains(text, accepted);
            checkedCount++;
        }
        Assert.Equal(3 * lines.Count, checkedCount);
    }
}
