using System.Globalization;
using System.Text.Json;
using Backtest.Engine.Data;
using Backtest.Engine.Indicators;
using Backtest.Engine.Tests.Indicators.TestData;

namespace Backtest.Engine.Tests.Indicators.Published;

/// <summary>
/// Replays the steps of one Stock.Indicators unit test recorded in ../shared/data/expected/indicators/*.json
/// through <see cref="IndicatorCatalog"/>: <c>To&lt;Name&gt;</c> computes the catalog indicator of that name with
/// the step's named parameters, <c>Use</c> picks a candle column, and a later step consumes the previous
/// result's reusable value (Stock.Indicators' <c>IReusable.Value</c>) as a series whose OHLC all equal it.
/// </summary>
internal sealed class StockIndicatorsCase
{
    // Stock.Indicators' reusable value of a result when it is not the first output.
    private static readonly Dictionary<string, string> ReusableOutput = new(StringComparer.OrdinalIgnoreCase)
    {
        ["BollingerBands"] = "PercentB",
        ["Atr"] = "Atrp",
    };

    private StockIndicatorsCase(JsonElement test) => Test = test;

    public JsonElement Test { get; }

    public string Name => Test.GetProperty("test").GetString()!;

    public string InputFile => Test.GetProperty("input_file").GetString()!;

    /// <summary>True when a <c>RemoveWarmupPeriods</c> step (Stock's convergence pruning, not offered here) ran.</summary>
    public bool PrunesWarmup => Steps.Any(s => s.GetProperty("method").GetString() == "RemoveWarmupPeriods");

    public IEnumerable<JsonElement> Steps => Test.GetProperty("steps").EnumerateArray();

    public IEnumerable<JsonElement> Assertions => Test.GetProperty("assertions").EnumerateArray();

    public static JsonDocument Load(string file) =>
        JsonDocument.Parse(File.ReadAllText(SharedData.Path($"expected/indicators/{file}")));

    public static StockIndicatorsCase Find(JsonDocument document, string testName) => new(
        document.RootElement.GetProperty("tests").EnumerateArray().Single(t => t.GetProperty("test").GetString() == testName));

    /// <summary>Reads the input the test used (sorted, most recent rows kept).</summary>
    public CandleSeries ReadInput()
    {
        string rows = Test.GetProperty("input_rows_used").GetString()!;
        int? take = rows.StartsWith("last ", StringComparison.Ordinal)
            ? int.Parse(rows.Split(' ')[1], CultureInfo.InvariantCulture)
            : null;
        return QuoteFile.Read(InputFile, take);
    }

    /// <summary>Runs the steps; returns the last indicator's result.</summary>
    public IndicatorResult Run(CandleSeries input) => RunSteps(input, Steps);

    /// <summary>Runs recorded steps over <paramref name="input"/>.</summary>
    public static IndicatorResult RunSteps(CandleSeries input, IEnumerable<JsonElement> steps)
    {
        CandleSeries current = input;
        IndicatorResult? result = null;
        foreach (var step in steps)
        {
            string method = step.GetProperty("method").GetString()!;
            var args = step.GetProperty("params");
            if (method == "RemoveWarmupPeriods") continue;
            if (method == "Use")
            {
                current = QuoteFile.FromValues(Column(current, args.GetProperty("candlePart").GetString()!).ToArray());
                continue;
            }
            if (result is not null) current = QuoteFile.FromValues(ReusableValue(result));
            var entry = IndicatorCatalog.Find(method["To".Length..]);
            var values = entry.Parameters.Select(p => args.GetProperty(p.Name).GetDouble()).ToArray();
            result = entry.Compute(current, values);
        }
        return result ?? throw new InvalidOperationException("No indicator step.");
    }

    private static double[] ReusableValue(IndicatorResult result) =>
        result[ReusableOutput.TryGetValue(result.Indicator, out string? output) ? output : result.OutputNames[0]];

    private static ReadOnlySpan<double> Column(CandleSeries series, string part) => part switch
    {
        "CandlePart.Open" => series.Open,
        "CandlePart.High" => series.High,
        "CandlePart.Low" => series.Low,
        "CandlePart.Close" => series.Close,
        "CandlePart.Volume" => series.Volume,
        _ => throw new InvalidOperationException($"Unknown candle part {part}."),
    };
}
